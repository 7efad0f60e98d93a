package app.unknot.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A 201 is a promise: routines and sessions saved while the server is killed with SIGKILL, or
 * stopped with SIGTERM as a deploy does, are all there after a restart on the same database. Runs on the embedded H2 file database by default, on PostgreSQL
 * when the tests run with the postgres profile.
 */
class CrashRecoveryJarTests {

    private static final int ACKNOWLEDGED = 1_000;
    private static final int CLIENTS = 4;
    private static final Pattern ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]{22})\"");
    private static final List<String> AREAS = List.of("lower-back", "neck", "shoulders", "feet", "calves", "glutes");

    @TempDir
    Path workingDirectory;

    @Test
    void everyAcknowledgedSaveSurvivesAKillDuringSaves() throws Exception {
        assertAllFoundAfter(RunningJar::kill, "crash");
    }

    @Test
    void aDeployStopsOnlyAfterTheSavesInFlight() throws Exception {
        assertAllFoundAfter(app -> assertThat(app.stop()).as("exit code after SIGTERM").isIn(0, 143), "stop");
    }

    /** A database moved by a full address typed without WRITE_DELAY=0 is just as durable (H2 only). */
    @Test
    void everyAcknowledgedSaveSurvivesAKillOnADatabaseMovedByItsAddress() throws Exception {
        assumeFalse(onPostgres(), "the H2 database's address: PostgreSQL runs the other crash tests");
        Path elsewhere = workingDirectory.resolve("elsewhere");
        assertAllFoundAfter(RunningJar::kill, "crash-moved", Map.of(), "--spring.datasource.url=jdbc:h2:file:" + elsewhere + "/unknot");
        assertThat(elsewhere.resolve("unknot.mv.db")).isRegularFile();
        assertThat(workingDirectory.resolve("data")).doesNotExist();
    }

    /** The same for a database moved to another folder with UNKNOT_DATA_DIR (H2 only). */
    @Test
    void everyAcknowledgedSaveSurvivesAKillInTheDataFolderNamed() throws Exception {
        assumeFalse(onPostgres(), "the H2 database's folder: PostgreSQL runs the other crash tests");
        Path folder = workingDirectory.resolve("unknot-data");
        assertAllFoundAfter(RunningJar::kill, "crash-data-dir", Map.of("UNKNOT_DATA_DIR", folder.toString()));
        assertThat(folder.resolve("unknot.mv.db")).isRegularFile();
        assertThat(workingDirectory.resolve("data")).doesNotExist();
    }

    private static boolean onPostgres() {
        return String.valueOf(System.getenv("SPRING_PROFILES_ACTIVE")).contains("postgres");
    }

    /** What ends the instance while four clients keep saving. */
    interface Ending {
        void end(RunningJar app) throws Exception;
    }

    private void assertAllFoundAfter(Ending ending, String name) throws Exception {
        assertAllFoundAfter(ending, name, Map.of());
    }

    private void assertAllFoundAfter(Ending ending, String name, Map<String, String> environment, String... arguments)
            throws Exception {
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<String[]> sessions = new ConcurrentLinkedQueue<>();
        try (RunningJar app = RunningJar.start(workingDirectory, name, environment, arguments)) {
            AtomicBoolean saving = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            RestTestClient client = app.client();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                clients.submit(() -> saveUntilStopped(client, offset, saving, acknowledged, sessions));
            }
            while (acknowledged.size() < ACKNOWLEDGED) {
                Thread.sleep(5);
            }
            ending.end(app);
            saving.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).as("clients stop once the server is gone").isTrue();
        }
        assertThat(Files.exists(workingDirectory)).isTrue();

        try (RunningJar restarted = RunningJar.start(workingDirectory, name + "-restart", environment, arguments)) {
            RestTestClient client = restarted.client();
            List<String> lost = acknowledged.stream()
                .filter(id -> client.get().uri("/api/routines/{id}", id).exchange().returnResult(String.class)
                    .getStatus().value() != 200)
                .toList();
            List<String> lostSessions = sessions.stream()
                .filter(session -> !client.get().uri("/api/routines/{id}/sessions", session[0]).exchange()
                    .returnResult(String.class).getResponseBody().contains("\"id\":\"" + session[1] + "\""))
                .map(session -> session[1]).toList();
            System.out.printf("%s test: %d saves and %d sessions acknowledged before the end, %d and %d lost%n", name,
                acknowledged.size(), sessions.size(), lost.size(), lostSessions.size());
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED);
            assertThat(lost).as("acknowledged routines missing after the restart").isEmpty();
            assertThat(lostSessions).as("acknowledged sessions missing after the restart").isEmpty();
        }
    }

    /**
     * Saves routines one after another, each with a session, until told to stop or the server goes
     * away; records every 201 (a session as its routine's id and its own).
     */
    private static void saveUntilStopped(RestTestClient client, int offset, AtomicBoolean saving, Queue<String> acknowledged,
                                         Queue<String[]> sessions) {
        for (int n = offset; saving.get(); n += CLIENTS) {
            String body = """
                {"areas":["%s"],"minutes":%d,"performer":"self","painLevel":%d}"""
                .formatted(AREAS.get(n % AREAS.size()), 5 + n % 56, n % 11);
            try {
                EntityExchangeResult<String> answer = client.post().uri("/api/routines")
                    .contentType(MediaType.APPLICATION_JSON).body(body).exchange().returnResult(String.class);
                Matcher id = ID.matcher(answer.getResponseBody() == null ? "" : answer.getResponseBody());
                if (answer.getStatus().value() == 201 && id.find()) {
                    acknowledged.add(id.group(1));
                    logSession(client, id.group(1), n % 11, sessions);
                }
            }
            catch (RuntimeException serverGone) {
                return;
            }
        }
    }

    private static void logSession(RestTestClient client, String routine, int pain, Queue<String[]> sessions) {
        EntityExchangeResult<String> answer = client.post().uri("/api/routines/{id}/sessions", routine)
            .contentType(MediaType.APPLICATION_JSON).body("{\"painAfter\":" + pain + "}").exchange().returnResult(String.class);
        Matcher id = ID.matcher(answer.getResponseBody() == null ? "" : answer.getResponseBody());
        if (answer.getStatus().value() == 201 && id.find()) {
            sessions.add(new String[] {routine, id.group(1)});
        }
    }
}
