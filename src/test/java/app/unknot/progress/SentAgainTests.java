package app.unknot.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import app.unknot.routine.RoutineService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A session its device sends again (a lost answer, a tab opened again, a retry) is the session sent
 * first: one row, the same answer, no cap asked; the id means something only within its routine.
 * The caps as in {@link BoundedDataTests}, so both share one app.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"unknot.limits.sessions-per-day=3",
    "unknot.limits.sessions-per-routine=5", "unknot.limits.versions-per-routine=2"})
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class SentAgainTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LOWER_BACK = """
        {"areas":["lower-back"], "tools":["foam-roller"], "minutes":15, "performer":"self", "painLevel":3}""";

    @Autowired
    RestTestClient client;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RoutineService routines;
    @Autowired
    SessionRepository repository;
    @Autowired
    MessageSource messages;

    @Test
    void theApiAnswersARepeatWithTheSessionStoredFirst() {
        String id = routine();
        String clientId = UUID.randomUUID().toString();
        var first = api(id, "{\"painBefore\":5, \"painAfter\":3, \"note\":\"First.\", \"clientId\":\"" + clientId + "\"}");
        assertThat(first.getStatus().value()).as(first.getResponseBody()).isEqualTo(201);

        var again = api(id, "{\"painBefore\":5, \"painAfter\":3, \"note\":\"First.\", \"clientId\":\"" + clientId.toUpperCase(Locale.ROOT) + "\"}");
        assertThat(again.getStatus().value()).as("a repeat is no new session").isEqualTo(200);
        assertThat(json(again)).isEqualTo(json(first));
        var changed = api(id, "{\"painAfter\":9, \"note\":\"Changed.\", \"clientId\":\"" + clientId + "\"}");
        assertThat(json(changed)).as("the stored session, not what the repeat says").isEqualTo(json(first));
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void theFormAnswersARepeatAsItAnsweredTheFirst() {
        String id = routine();
        String body = "painBefore=3&painAfter=5&note=Sore&clientId=" + UUID.randomUUID();
        var first = form(id, body);
        var again = form(id, body);
        assertThat(first.getStatus().value()).isEqualTo(302);
        assertThat(again.getStatus().value()).isEqualTo(302);
        assertThat(again.getResponseHeaders().getFirst("Location")).isEqualTo(first.getResponseHeaders().getFirst("Location"))
            .endsWith("/routines/" + id + "/finish");
        assertThat(rows(id)).isEqualTo(1);
    }

    /** The form and the API share the id: a session the page sent is the one an API client sends again. */
    @Test
    void theFormAndTheApiKnowTheSameId() {
        String id = routine();
        String clientId = UUID.randomUUID().toString();
        form(id, "painAfter=2&clientId=" + clientId);
        assertThat(api(id, "{\"painAfter\":2, \"clientId\":\"" + clientId + "\"}").getStatus().value()).isEqualTo(200);
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void aRepeatIsAnsweredWhenTheCapsAreReached() {
        String id = routine();
        String clientId = UUID.randomUUID().toString();
        assertThat(api(id, "{\"painAfter\":2, \"clientId\":\"" + clientId + "\"}").getStatus().value()).isEqualTo(201);
        api(id, "{\"painAfter\":2}");
        api(id, "{\"painAfter\":2}");
        assertThat(api(id, "{\"painAfter\":2}").getStatus().value()).as("three a day").isEqualTo(409);

        assertThat(api(id, "{\"painAfter\":2, \"clientId\":\"" + clientId + "\"}").getStatus().value()).isEqualTo(200);
        assertThat(form(id, "painAfter=2&clientId=" + clientId).getStatus().value()).isEqualTo(302);
        assertThat(api(id, "{\"painAfter\":2, \"clientId\":\"" + UUID.randomUUID() + "\"}").getStatus().value())
            .as("a new id is a new session, and over the cap").isEqualTo(409);
        assertThat(rows(id)).isEqualTo(3);
    }

    @Test
    void theSameIdOnAnotherRoutineIsAnotherSession() {
        String one = routine();
        String other = routine();
        String body = "{\"painAfter\":4, \"clientId\":\"" + UUID.randomUUID() + "\"}";
        assertThat(api(one, body).getStatus().value()).isEqualTo(201);
        assertThat(api(other, body).getStatus().value()).isEqualTo(201);
        assertThat(rows(one)).isEqualTo(1);
        assertThat(rows(other)).isEqualTo(1);
    }

    @Test
    void anIdThatIsNoUuidIsRefusedWithNothingStored() {
        String id = routine();
        for (String wrong : List.of("abc", "123e4567-e89b-12d3-a456-42661417400", "123e4567e89b12d3a456426614174000",
            "123e4567-e89b-12d3-a456-42661417400g", "' or 1=1 --")) {
            var api = api(id, "{\"painAfter\":2, \"clientId\":\"" + wrong.replace("\"", "") + "\"}");
            assertThat(api.getStatus().value()).as(wrong).isEqualTo(400);
            assertThat(json(api).get("parameter").asString()).isEqualTo("clientId");
            assertThat(form(id, "painAfter=2&clientId=" + wrong.replace(" ", "+").replace("=", "%3D")).getStatus().value())
                .as(wrong).isEqualTo(400);
        }
        assertThat(rows(id)).isZero();
    }

    @Test
    void aTimeFromTheDeviceDatesTheSessionWithinBounds() {
        String id = routine();
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        var kept = json(api(id, "{\"painAfter\":2, \"doneAt\":\"" + yesterday + "\"}"));
        assertThat(Instant.parse(kept.get("at").asString())).isEqualTo(yesterday);
        form(id, "painAfter=2&doneAt=" + yesterday.minus(1, ChronoUnit.HOURS));
        assertThat(jdbc.sql("select count(*) from routine_session where routine_id = :id and logged_at < received_at - interval '20' hour")
            .param("id", id).query(Long.class).single()).as("both dated on the device, not on arrival").isEqualTo(2);

        var tooOld = json(api(id, "{\"painAfter\":2, \"doneAt\":\"" + Instant.now().minus(30, ChronoUnit.DAYS) + "\"}"));
        assertThat(Instant.parse(tooOld.get("at").asString())).isAfter(Instant.now().minus(1, ChronoUnit.MINUTES));
    }

    /**
     * Two instances of the app, each with its own turns, store the same session at the same moment:
     * the unique index keeps one, and both answer with it.
     */
    @Test
    void twoPostsRacingStoreOneSession() throws Exception {
        String id = routine();
        var here = new ProgressService(routines, repository, messages, 100, 100);
        var there = new ProgressService(routines, repository, messages, 100, 100);
        var routine = here.routine(id, Locale.UK);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                var form = new SessionForm();
                form.setPainAfter(round % 11);
                form.setClientId(UUID.randomUUID().toString());
                var start = new CyclicBarrier(2);
                List<Future<ProgressService.Logged>> answers = new ArrayList<>();
                for (ProgressService progress : List.of(here, there)) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return progress.log(routine, form);
                    }));
                }
                var first = answers.get(0).get();
                var second = answers.get(1).get();
                assertThat(first.session()).isEqualTo(second.session());
                assertThat(List.of(first.isNew(), second.isNew())).as("one stored it").containsExactlyInAnyOrder(true, false);
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(rows(id)).isEqualTo(20);
    }

    private String routine() {
        var saved = client.post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON).body(LOWER_BACK).exchange()
            .returnResult(String.class);
        assertThat(saved.getStatus().value()).as(saved.getResponseBody()).isEqualTo(201);
        return json(saved).get("id").asString();
    }

    private EntityExchangeResult<String> api(String routine, String json) {
        return client.post().uri("/api/routines/" + routine + "/sessions").contentType(MediaType.APPLICATION_JSON).body(json)
            .exchange().returnResult(String.class);
    }

    private EntityExchangeResult<String> form(String routine, String form) {
        return client.post().uri("/routines/" + routine + "/sessions").contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form).exchange().returnResult(String.class);
    }

    private long rows(String routine) {
        return jdbc.sql("select count(*) from routine_session where routine_id = :id").param("id", routine).query(Long.class).single();
    }

    private static JsonNode json(EntityExchangeResult<String> answer) {
        return JSON.readTree(answer.getResponseBody());
    }
}
