package app.unknot.jar;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The packaged app started as its own process, as an operator would run it: {@code java -jar} or
 * the launcher {@code bin/unknot} on a free port, in a working directory of the test's choosing (where the embedded database lives),
 * with the test's environment (so {@code SPRING_PROFILES_ACTIVE=postgres} reaches it). Its output
 * goes to a log file beside the jar. {@link #kill} is SIGKILL: no shutdown hook runs.
 */
final class RunningJar implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    private static final Path LAUNCHER = Path.of("bin", "unknot").toAbsolutePath();

    private final Process process;
    private final int port;
    private final Path log;
    /** Where this run's output starts in the log, which earlier runs of the same name also wrote to. */
    private final long logStart;

    private RunningJar(Process process, int port, Path log, long logStart) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.logStart = logStart;
    }

    /**
     * Starts the jar the build just packaged, in this directory, and waits until it answers: with
     * {@code java -jar}, or through {@code bin/unknot} when the tests run with {@code -Dunknot.launch=launcher}.
     */
    static RunningJar start(Path workingDirectory, String name, String... arguments) throws IOException, InterruptedException {
        return start(workingDirectory, name, Map.of(), arguments);
    }

    /** The same, with these variables added to its environment. */
    static RunningJar start(Path workingDirectory, String name, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("unknot.jar", "target/unknot-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged app at " + jar + ": run ./mvnw verify, which packages it first");
        }
        return start(jar, "launcher".equals(System.getProperty("unknot.launch")), workingDirectory, name, environment,
            freePort(), arguments);
    }

    /** The same on this port: a browser takes a restarted app on the same port for the same site. */
    static RunningJar startOn(int port, Path workingDirectory, String name, String... arguments)
            throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("unknot.jar", "target/unknot-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        return start(jar, "launcher".equals(System.getProperty("unknot.launch")), workingDirectory, name, Map.of(), port,
            arguments);
    }

    /** This jar started through {@code bin/unknot}, which keeps its start-up cache beside it. */
    static RunningJar launch(Path jar, Path workingDirectory, String name) throws IOException, InterruptedException {
        return start(jar, true, workingDirectory, name, Map.of(), freePort());
    }

    private static RunningJar start(Path jar, boolean throughLauncher, Path workingDirectory, String name,
            Map<String, String> environment, int port, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(throughLauncher ? List.of(LAUNCHER.toString())
            : List.of(javaBinary(), "-Xmx256m", "-jar", jar.toString()));
        // The jar tests save routines far faster than any person: the rate limits (RateLimitTests) stay out of their way.
        command.addAll(List.of("--server.port=" + port, "--logging.level.root=warn", "--unknot.rate-limit.enabled=false"));
        command.addAll(List.of(arguments));
        Path log = jar.resolveSibling("jar-tests-" + name + ".log");
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        var builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("UNKNOT_JAR", jar.toString());
        Process process = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        var jarProcess = new RunningJar(process, port, log, logStart);
        jarProcess.awaitAnswer(log);
        return jarProcess;
    }

    /** What the app (and the launcher) printed so far in this run. */
    String output() throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) logStart, all.length - (int) logStart, StandardCharsets.UTF_8);
    }

    int port() {
        return port;
    }

    /** The running JVM's arguments: the launcher execs java, so its process is the app's. */
    List<String> jvmArguments() {
        return List.of(process.info().arguments().orElseThrow());
    }

    /** A client for this instance. It keeps no cookies and follows no redirects. */
    RestTestClient client() {
        return RestTestClient.bindToServer(new JdkClientHttpRequestFactory()).baseUrl("http://localhost:" + port).build();
    }

    /** SIGKILL, as a crash or an out-of-memory killer would: nothing gets to finish. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as a deploy stops an instance: it finishes what it started, then exits. Answers the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The app did not stop within a minute of SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitAnswer(Path log) throws InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/body-areas"))
            .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            }
            catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The app did not answer within " + START_TIMEOUT + "; see " + log);
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
