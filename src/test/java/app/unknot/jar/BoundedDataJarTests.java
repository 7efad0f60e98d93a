package app.unknot.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One routine flooded as anyone on the internet could: sessions and versions up to their caps and
 * beyond (refused), then its progress pages, sessions API and downloads read eight at a time, round
 * after round, by the packaged app in 256 MB. Every read is a 200 and the app stays healthy: before
 * the caps and pages, such a routine's page grew to 17 MB and eight views at once ran out of memory.
 */
class BoundedDataJarTests {

    private static final int CLIENTS = 8;
    private static final int ROUNDS = 4;
    /** The default caps: sessions in all and versions per routine. */
    private static final int SESSIONS = 2_000;
    private static final int VERSIONS = 100;
    private static final Pattern ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]{22})\"");

    @TempDir
    Path workingDirectory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aRoutineFloodedToItsCapsStillAnswersEveryReadInLittleMemory() throws Exception {
        // The day's cap is raised to the routine's, so the flood reaches the routine's cap today.
        try (RunningJar app = RunningJar.start(workingDirectory, "bounded-data", "--unknot.limits.sessions-per-day=" + SESSIONS)) {
            String base = "http://localhost:" + app.port();
            String id = created(send(post(base + "/api/routines", """
                {"areas":["lower-back"], "tools":["foam-roller"], "minutes":15, "performer":"self", "painLevel":3}""")));

            Map<Integer, Integer> sessions = flood(post(base + "/api/routines/" + id + "/sessions",
                "{\"painBefore\":5, \"painAfter\":3, \"note\":\"" + "n".repeat(400) + "\"}"), SESSIONS + 100);
            assertThat(sessions).as("statuses of %d session posts", SESSIONS + 100).containsOnly(Map.entry(201, SESSIONS),
                Map.entry(409, 100));
            Map<Integer, Integer> versions = flood(post(base + "/api/routines/" + id + "/versions",
                "{\"steps\":[{\"technique\":\"cat-cow\",\"seconds\":90}]}"), VERSIONS + 20);
            assertThat(versions).as("statuses of %d version posts", VERSIONS + 20).containsOnly(Map.entry(201, VERSIONS),
                Map.entry(409, 20));

            List<String> reads = List.of("/routines/" + id + "/progress", "/routines/" + id + "/progress?page=40",
                "/api/routines/" + id + "/sessions?size=200", "/routines/" + id + "/sessions.csv", "/routines/" + id + "/sessions.json");
            Map<String, Integer> failed = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    List<Callable<Void>> views = new ArrayList<>();
                    for (int c = 0; c < CLIENTS; c++) {
                        String path = reads.get((round + c) % reads.size());
                        views.add(() -> {
                            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path)).build());
                            if (answer.statusCode() != 200) {
                                failed.put(path, answer.statusCode());
                            }
                            return null;
                        });
                    }
                    for (Future<Void> view : pool.invokeAll(views)) {
                        view.get();
                    }
                }
            }
            finally {
                pool.shutdown();
            }
            assertThat(failed).as("reads that were not a 200").isEmpty();

            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/routines/" + id + "/sessions.csv")).build()).body().lines())
                .as("every session in the download, and its header").hasSize(SESSIONS + 1);
            HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");
            assertThat(app.output()).doesNotContain("OutOfMemoryError").doesNotContain(" ERROR ");
        }
    }

    /** Sends the request this many times, eight at once, and counts the answers by status. */
    private Map<Integer, Integer> flood(HttpRequest request, int times) throws Exception {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger left = new AtomicInteger(times);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Void>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        statuses.merge(send(request).statusCode(), 1, Integer::sum);
                    }
                    return null;
                }));
            }
            for (Future<Void> client : clients) {
                client.get();
            }
        }
        finally {
            pool.shutdown();
        }
        return statuses;
    }

    private static HttpRequest post(String uri, String json) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String created(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        Matcher id = ID.matcher(answer.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }
}
