package app.unknot.system.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The whole app (filters included) with small limits: three writes a minute and two PDFs. Each test
 * is its own client, at an address made up for the run, so buckets kept in PostgreSQL by an earlier
 * run do not count.
 */
@SpringBootTest(properties = {"unknot.rate-limit.enabled=true", "unknot.rate-limit.writes-per-minute=3",
    "unknot.rate-limit.writes-per-hour=50", "unknot.rate-limit.pdfs-per-minute=2", "unknot.rate-limit.pdfs-per-hour=50"})
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class RateLimitTests {

    static final String UNKNOWN = "BBBBBBBBBBBBBBBBBBBBBB";
    static final String ROUTINE_FORM = "areas=lower-back&minutes=10&performer=self&painLevel=3&painWeeks=1";
    static final String ROUTINE_JSON = """
        {"areas": ["lower-back"], "minutes": 5, "performer": "self", "painLevel": 3}""";

    @Autowired
    MockMvc mvc;

    /** Every way to write, each counted, whether or not the write itself succeeds. */
    static Stream<Write> writes() {
        String form = MediaType.APPLICATION_FORM_URLENCODED_VALUE;
        String json = MediaType.APPLICATION_JSON_VALUE;
        return Stream.of(
            new Write(HttpMethod.POST, "/routines", form, ROUTINE_FORM),
            new Write(HttpMethod.POST, "/api/routines", json, ROUTINE_JSON),
            new Write(HttpMethod.POST, "/routines/" + UNKNOWN + "/versions", form, "steps[0].technique=cat-cow&steps[0].minutes=2"),
            new Write(HttpMethod.POST, "/api/routines/" + UNKNOWN + "/versions", json, "{\"steps\": []}"),
            new Write(HttpMethod.POST, "/routines/" + UNKNOWN + "/sessions", form, "painBefore=5&painAfter=3"),
            new Write(HttpMethod.POST, "/api/routines/" + UNKNOWN + "/sessions", json, "{\"painBefore\": 5, \"painAfter\": 3}"),
            new Write(HttpMethod.POST, "/routines/" + UNKNOWN + "/again", form, ""),
            new Write(HttpMethod.POST, "/api/routines/" + UNKNOWN + "/again", json, ""),
            new Write(HttpMethod.POST, "/routines/" + UNKNOWN + "/delete", form, ""),
            new Write(HttpMethod.DELETE, "/api/routines/" + UNKNOWN, json, ""),
            new Write(HttpMethod.POST, "/routines/" + UNKNOWN + "/signs", form, "redFlags=fever"));
    }

    record Write(HttpMethod method, String path, String contentType, String body) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void theFourthWriteInAMinuteIsRefused(Write write) throws Exception {
        String client = someAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(send(write, client).getStatus()).as("write %d", i + 1).isNotEqualTo(429);
        }

        assertThat(send(write, client).getStatus()).isEqualTo(429);
    }

    @Test
    void aRefusedPageSaysWhyAndWhenToComeBack() throws Exception {
        String client = someAddress();
        Write save = writes().findFirst().orElseThrow();
        for (int i = 0; i < 3; i++) {
            assertThat(send(save, client).getStatus()).isEqualTo(302);
        }

        MockHttpServletResponse refused = send(save, client);

        assertThat(refused.getStatus()).isEqualTo(429);
        int retryAfter = retryAfter(refused, 20);
        assertThat(refused.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
            .contains("Saving is paused for a moment", "Nothing you saved is lost", "Please try again in " + retryAfter + " seconds.");
    }

    @Test
    void aRefusedApiCallIsAProblemWithRetryAfter() throws Exception {
        String client = someAddress();
        Write save = new Write(HttpMethod.POST, "/api/routines", MediaType.APPLICATION_JSON_VALUE, ROUTINE_JSON);
        for (int i = 0; i < 3; i++) {
            assertThat(send(save, client).getStatus()).isEqualTo(201);
        }

        MockHttpServletResponse refused = send(save, client);

        assertThat(refused.getStatus()).isEqualTo(429);
        retryAfter(refused, 20);
        assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
            .contains("\"status\":429", "\"title\":\"Too many requests\"", "A lot has been saved from your connection");
    }

    @Test
    void anotherClientIsNotHeldUp() throws Exception {
        Write save = new Write(HttpMethod.POST, "/api/routines", MediaType.APPLICATION_JSON_VALUE, ROUTINE_JSON);
        String busy = someAddress();
        for (int i = 0; i < 4; i++) {
            send(save, busy);
        }
        assertThat(send(save, busy).getStatus()).isEqualTo(429);

        assertThat(send(save, someAddress()).getStatus()).isEqualTo(201);
    }

    @Test
    void whatSavesNothingIsNotCounted() throws Exception {
        String client = someAddress();
        String id = createdId(send(new Write(HttpMethod.POST, "/api/routines", MediaType.APPLICATION_JSON_VALUE, ROUTINE_JSON),
            someAddress()));
        Write edit = new Write(HttpMethod.POST, "/routines/" + id + "/adjust", MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            "steps[0].technique=cat-cow&steps[0].minutes=2&down=0");
        Write forget = new Write(HttpMethod.POST, "/routines/forget", MediaType.APPLICATION_FORM_URLENCODED_VALUE, "id=" + id);
        Write read = new Write(HttpMethod.GET, "/api/routines/" + id, MediaType.APPLICATION_JSON_VALUE, "");
        for (int i = 0; i < 10; i++) {
            assertThat(send(edit, client).getStatus()).isEqualTo(200);
            assertThat(send(forget, client).getStatus()).isEqualTo(302);
            assertThat(send(read, client).getStatus()).isEqualTo(200);
        }
    }

    @Test
    void pdfsRenderedAreCountedButOnesKeptInMemoryAreNot() throws Exception {
        String id = createdId(send(new Write(HttpMethod.POST, "/api/routines", MediaType.APPLICATION_JSON_VALUE, ROUTINE_JSON),
            someAddress()));
        String client = someAddress();
        // A different Accept header is a different kept page, so each of these renders.
        assertThat(pdf(id, client, "application/pdf").getStatus()).isEqualTo(200);
        assertThat(pdf(id, client, "*/*").getStatus()).isEqualTo(200);

        MockHttpServletResponse refused = pdf(id, client, "application/pdf, */*");

        assertThat(refused.getStatus()).isEqualTo(429);
        int retryAfter = retryAfter(refused, 30);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
            .contains("PDFs are paused for a moment", "Please try again in " + retryAfter + " seconds.");
        assertThat(pdf(id, client, "application/pdf").getStatus()).as("kept in memory").isEqualTo(200);
        assertThat(pdf(id, someAddress(), "application/pdf, */*").getStatus()).as("another client").isEqualTo(200);
    }

    /**
     * Retry-After, in whole seconds: at most the time one request takes to come back into the
     * bucket ({@code most}: 20 s at three a minute), less the time the test has taken since.
     */
    private static int retryAfter(MockHttpServletResponse refused, int most) {
        assertThat(refused.getHeader("Retry-After")).isNotNull();
        int seconds = Integer.parseInt(refused.getHeader("Retry-After"));
        assertThat(seconds).isBetween(2, most);
        return seconds;
    }

    private MockHttpServletResponse pdf(String id, String client, String accept) throws Exception {
        return mvc.perform(get("/routines/{id}/sheet.pdf", id).accept(accept).with(from(client))).andReturn().getResponse();
    }

    private MockHttpServletResponse send(Write write, String client) throws Exception {
        MockHttpServletRequestBuilder request = request(write.method(), write.path()).with(from(client));
        if (write.method() != HttpMethod.GET) {
            request.contentType(write.contentType()).content(write.body());
        }
        return mvc.perform(request.accept(write.path().startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML))
            .andReturn().getResponse();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    private static String createdId(MockHttpServletResponse created) {
        assertThat(created.getStatus()).isEqualTo(201);
        String location = created.getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /**
     * A client in IPv6's documentation block, in a /64 no other run used, likely. Not in 10/8 or
     * any other private block: Tomcat trusts those as proxies when it reads X-Forwarded-For.
     */
    static String someAddress() {
        var random = ThreadLocalRandom.current();
        return "2001:db8:%x:%x::1".formatted(random.nextInt(0x10000), random.nextInt(0x10000));
    }
}
