package app.unknot.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import app.unknot.system.RandomIds;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one routine keeps is bounded, and what it shows comes a page at a time: a session or version
 * over a cap is refused with a 409 that says why (the form shown again as it was filled in), even
 * when many arrive at once; the progress page, the API and the downloads page and stream.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"unknot.limits.sessions-per-day=3",
    "unknot.limits.sessions-per-routine=5", "unknot.limits.versions-per-routine=2"})
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class BoundedDataTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LOWER_BACK = """
        {"areas":["lower-back"], "tools":["foam-roller"], "minutes":15, "performer":"self", "painLevel":3}""";
    private static final String VERSION = """
        {"steps":[{"technique":"cat-cow","seconds":90}]}""";

    @Autowired
    RestTestClient client;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionOverTheDaysCapIsRefusedAndTheFormKeepsWhatWasTyped() {
        String id = routine();
        for (int i = 0; i < 3; i++) {
            assertThat(post("/api/routines/" + id + "/sessions", "{\"painAfter\":2}").getStatus().value()).isEqualTo(201);
        }
        var refused = post("/api/routines/" + id + "/sessions", "{\"painAfter\":2}");
        assertThat(refused.getStatus().value()).isEqualTo(409);
        assertThat(refused.getResponseHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json(refused).get("detail").asString()).contains("last 24 hours");

        var form = client.post().uri("/routines/" + id + "/sessions").contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body("painBefore=4&painAfter=6&note=Tight+on+the+left").exchange().returnResult(String.class);
        assertThat(form.getStatus().value()).isEqualTo(409);
        Document page = Jsoup.parse(form.getResponseBody());
        assertThat(page.selectFirst(".error-summary[role=alert]").text()).contains("Not saved", "last 24 hours");
        assertThat(page.selectFirst("textarea[name=note]").text()).isEqualTo("Tight on the left");
        assertThat(page.selectFirst("input[name=painAfter][value=6]").hasAttr("checked")).isTrue();
        assertThat(rows(id)).isEqualTo(3);
    }

    @Test
    void aSessionOverTheRoutinesCapIsRefusedWhateverTheDay() {
        String id = routine();
        store(id, 5, Instant.now().minus(3, ChronoUnit.DAYS));
        var refused = post("/api/routines/" + id + "/sessions", "{\"painAfter\":2}");
        assertThat(refused.getStatus().value()).isEqualTo(409);
        assertThat(json(refused).get("detail").asString()).contains("Download its sessions");
        assertThat(rows(id)).isEqualTo(5);
    }

    /** Counting and saving take turns per routine, so a burst cannot slip in more than the cap. */
    @Test
    void aBurstOfSessionsAtOnceStopsExactlyAtTheCap() throws Exception {
        String id = routine();
        List<Integer> statuses = all(16, () -> post("/api/routines/" + id + "/sessions", "{\"painAfter\":1}").getStatus().value());
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(13);
        assertThat(rows(id)).isEqualTo(3);
    }

    @Test
    void aVersionOverTheCapIsRefusedAndTheAdjustPageKeepsTheChanges() throws Exception {
        String id = routine();
        List<Integer> statuses = all(6, () -> post("/api/routines/" + id + "/versions", VERSION).getStatus().value());
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(2);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(4);
        assertThat(json(post("/api/routines/" + id + "/versions", VERSION)).get("detail").asString()).contains("adjusted versions");

        var form = client.post().uri("/routines/" + id + "/versions").contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body("steps[0].technique=cat-cow&steps[0].seconds=60&notes=Mornings+only").exchange().returnResult(String.class);
        assertThat(form.getStatus().value()).isEqualTo(409);
        Document page = Jsoup.parse(form.getResponseBody());
        assertThat(page.selectFirst(".error-summary[role=alert]").text()).contains("adjusted versions");
        assertThat(page.selectFirst("textarea[name=notes]").text()).isEqualTo("Mornings only");
        assertThat(jdbc.sql("select count(*) from routine where adjusted_from = :id").param("id", id).query(Long.class).single())
            .isEqualTo(2);
    }

    @Test
    void theProgressPageShowsAPageOfSessionsAndTheChartTheLatest() {
        String id = routine();
        store(id, 100, Instant.now().minus(200, ChronoUnit.DAYS));
        Document first = page("/routines/" + id + "/progress");
        assertThat(first.select("table.sessions tbody tr")).hasSize(30);
        assertThat(first.selectFirst("table.sessions caption").text()).isEqualTo("Sessions 1 to 30 of 100, newest first");
        assertThat(first.select(".pain-chart g.after circle")).hasSize(90);
        assertThat(first.text()).contains("The chart and the weeks show the latest 90 sessions");
        assertThat(first.select("nav.pages a[rel=prev]")).isEmpty();
        assertThat(first.selectFirst("nav.pages a[rel=next]").attr("href")).endsWith("/progress?page=2#sessions");

        Document last = page("/routines/" + id + "/progress?page=4");
        assertThat(last.select("table.sessions tbody tr")).hasSize(10);
        assertThat(last.selectFirst("nav.pages a[rel=prev]").attr("href")).endsWith("/progress?page=3#sessions");
        assertThat(last.select("nav.pages a[rel=next]")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/routines/ID/progress?page=0", "/routines/ID/progress?page=x", "/api/routines/ID/sessions?page=-1",
        "/api/routines/ID/sessions?size=201", "/api/routines/ID/sessions?size=0", "/api/routines/ID/sessions?size=x"})
    void aPageOrSizeThatIsNoNumberOrTooBigIsA400(String path) {
        String id = routine();
        var answer = client.get().uri(path.replace("ID", id)).exchange().returnResult(String.class);
        assertThat(answer.getStatus().value()).isEqualTo(400);
    }

    /** As the catalog's pages: an old link past the end shows the last page, and the API an empty list. */
    @Test
    void pastTheLastPageThePageIsTheLastAndTheListIsEmpty() {
        String id = routine();
        store(id, 40, Instant.now().minus(200, ChronoUnit.DAYS));
        assertThat(page("/routines/" + id + "/progress?page=9").select("table.sessions tbody tr")).hasSize(10);
        var past = client.get().uri("/api/routines/" + id + "/sessions?page=3&size=20").exchange().returnResult(String.class);
        assertThat(json(past).size()).isZero();
        assertThat(past.getResponseHeaders().getFirst("Link")).contains("page=2&size=20>; rel=\"prev\"")
            .doesNotContain("rel=\"next\"");
    }

    @Test
    void theApiListsAPageWithLinksAndTheTotal() {
        String id = routine();
        store(id, 100, Instant.now().minus(200, ChronoUnit.DAYS));
        var firstPage = client.get().uri("/api/routines/" + id + "/sessions").exchange().returnResult(String.class);
        assertThat(json(firstPage).size()).isEqualTo(50);
        assertThat(firstPage.getResponseHeaders().getFirst("X-Total-Count")).isEqualTo("100");
        assertThat(firstPage.getResponseHeaders().getFirst("Link")).isEqualTo(String.join(", ",
            "</api/routines/" + id + "/sessions?page=1&size=50>; rel=\"first\"",
            "</api/routines/" + id + "/sessions?page=2&size=50>; rel=\"next\"",
            "</api/routines/" + id + "/sessions?page=2&size=50>; rel=\"last\""));
        JsonNode third = json(client.get().uri("/api/routines/" + id + "/sessions?page=3&size=40").exchange().returnResult(String.class));
        assertThat(third.size()).isEqualTo(20);
    }

    /** More sessions than one chunk, many logged in the same microsecond: each is written once, newest first. */
    @Test
    void theDownloadsHaveEverySessionOnceNewestFirst() {
        String id = routine();
        Instant at = Instant.now().minus(300, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        store(id, 250, at);
        store(id, 200, at.plusSeconds(60));
        JsonNode exported = json(client.get().uri("/routines/" + id + "/sessions.json").exchange().returnResult(String.class));
        List<String> ids = exported.valueStream().map(session -> session.get("id").asString()).toList();
        List<String> stored = jdbc.sql("select id from routine_session where routine_id = :id order by logged_at desc, id desc")
            .param("id", id).query(String.class).list();
        assertThat(ids).hasSize(450).isEqualTo(stored);

        List<String> lines = client.get().uri("/routines/" + id + "/sessions.csv").exchange().returnResult(String.class)
            .getResponseBody().lines().toList();
        assertThat(lines).hasSize(451).first().isEqualTo("Date,Pain before,Pain after,Hurt or felt wrong,Note");
    }

    private static List<Integer> all(int count, Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Integer>> answers = pool.invokeAll(java.util.Collections.nCopies(count, request));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        }
        finally {
            pool.shutdown();
        }
    }

    /** Sessions straight into the table, past the caps, all logged at this instant. */
    private void store(String routine, int count, Instant at) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("insert into routine_session (id, routine_id, logged_at, received_at, pain_before, pain_after, hurt, note) "
                    + "values (:id, :routine, :at, :at, 4, :after, '', '')")
                .param("id", RandomIds.next()).param("routine", routine).param("at", Timestamp.from(at)).param("after", i % 11).update();
        }
    }

    private String routine() {
        var saved = post("/api/routines", LOWER_BACK);
        assertThat(saved.getStatus().value()).as(saved.getResponseBody()).isEqualTo(201);
        return json(saved).get("id").asString();
    }

    private long rows(String id) {
        return jdbc.sql("select count(*) from routine_session where routine_id = :id").param("id", id).query(Long.class).single();
    }

    private Document page(String path) {
        var answer = client.get().uri(path).header("Accept", "text/html").exchange().returnResult(String.class);
        assertThat(answer.getStatus().value()).isEqualTo(200);
        return Jsoup.parse(answer.getResponseBody());
    }

    private EntityExchangeResult<String> post(String path, String json) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).exchange().returnResult(String.class);
    }

    private static JsonNode json(EntityExchangeResult<String> answer) {
        return JSON.readTree(answer.getResponseBody());
    }
}
