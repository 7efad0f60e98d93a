package app.unknot.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow clients cannot hold the packaged app's threads (-Xmx256m, 50 Tomcat threads): 70 uploads
 * from one address that send their headers and then a byte every 2 s, as a slow-POST attack does,
 * while another address fetches a catalog page over and over. Every page is answered, none held
 * waiting for a thread (each may take 5 s here, on a shared machine; on the earlier code they waited
 * 36 s; how fast they come is for bench/hostile-soak.sh to measure, not a test); the attacker's uploads are refused at once (a 503: over its share of requests in flight) or cut
 * off at the body's deadline (a 408), and all its sockets are closed by the server. The attacker
 * binds 127.0.0.2 (any 127.x.y.z is loopback on Linux), so the cap per address tells them apart.
 */
class SlowClientsJarTests {

    private static final int UPLOADS = 70;
    private static final Duration BYTE_EVERY = Duration.ofSeconds(2);
    /** The body deadline (10 s) plus one byte's wait and room for a busy machine. */
    private static final Duration CLOSED_WITHIN = Duration.ofSeconds(15);
    /** Tomcat's upload timeout (5 s), then the one more read it waits for before closing (5 s), with room. */
    private static final Duration STALLED_CLOSED_WITHIN = Duration.ofSeconds(13);

    @TempDir
    static Path workingDirectory;

    static RunningJar app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningJar.start(workingDirectory, "slow-clients");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void slowUploadsFromOneAddressLeaveThePagesToEveryoneElse() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(UPLOADS);
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            long began = System.nanoTime();
            for (int i = 0; i < UPLOADS; i++) {
                Socket socket = slowUpload();
                sockets.add(socket);
                answers.add(readers.submit(() -> answerOf(socket, began)));
            }
            trickle.scheduleAtFixedRate(() -> sockets.forEach(SlowClientsJarTests::sendOneByte),
                BYTE_EVERY.toMillis(), BYTE_EVERY.toMillis(), TimeUnit.MILLISECONDS);

            Duration slowest = Duration.ZERO;
            int pages = 0;
            var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            var page = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/techniques"))
                .timeout(Duration.ofSeconds(5)).build();
            while (System.nanoTime() - began < CLOSED_WITHIN.toNanos()) {
                long asked = System.nanoTime();
                int status = http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode();
                Duration took = Duration.ofNanos(System.nanoTime() - asked);
                assertThat(status).as("the catalog page while uploads trickle in").isEqualTo(200);
                slowest = took.compareTo(slowest) > 0 ? took : slowest;
                pages++;
                Thread.sleep(100);
            }
            assertThat(pages).isGreaterThan(50);
            System.out.println("slow clients: " + pages + " pages answered while the uploads trickled in, the slowest in "
                + slowest.toMillis() + " ms");

            Map<String, Integer> byStatus = new TreeMap<>();
            for (Future<Answer> answer : answers) {
                Answer got = answer.get(CLOSED_WITHIN.toSeconds() + 10, TimeUnit.SECONDS);
                assertThat(got.closedAfter()).as("the server closed the upload (answered %s)", got.status())
                    .isLessThan(CLOSED_WITHIN);
                byStatus.merge(got.status(), 1, Integer::sum);
            }
            assertThat(byStatus.keySet()).as("answers to the uploads: %s", byStatus).containsOnly("408", "503");
            assertThat(byStatus.get("503")).as("refused at once, over the cap: %s", byStatus).isGreaterThanOrEqualTo(UPLOADS - 16);
        }
        finally {
            trickle.shutdownNow();
            readers.shutdownNow();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void anUploadThatStopsSendingIsDroppedByTomcat() throws Exception {
        try (Socket socket = slowUpload()) {
            Answer got = answerOf(socket, System.nanoTime());
            assertThat(got.closedAfter()).as("closed (answered %s)", got.status()).isLessThan(STALLED_CLOSED_WITHIN);
        }
    }

    /** A POST of a JSON routine from 127.0.0.2 that promises a kilobyte and sends none of it yet. */
    private static Socket slowUpload() throws IOException {
        var socket = new Socket();
        socket.bind(new InetSocketAddress("127.0.0.2", 0));
        socket.connect(new InetSocketAddress("127.0.0.1", app.port()), 2_000);
        socket.setSoTimeout((int) CLOSED_WITHIN.plusSeconds(10).toMillis());
        socket.getOutputStream().write(("POST /api/routines HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static void sendOneByte(Socket socket) {
        try {
            socket.getOutputStream().write(' ');
            socket.getOutputStream().flush();
        }
        catch (IOException closed) {
            // The server has let this one go.
        }
    }

    /** The status the server answered ("none" if it closed without one) and when it closed the connection. */
    private static Answer answerOf(Socket socket, long began) {
        var answer = new StringBuilder();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        }
        catch (IOException reset) {
            // Closed, possibly before the whole answer was read.
        }
        Duration after = Duration.ofNanos(System.nanoTime() - began);
        String text = answer.toString();
        return new Answer(text.startsWith("HTTP/1.1 ") ? text.substring(9, 12) : "none", after);
    }

    private record Answer(String status, Duration closedAfter) {
    }
}
