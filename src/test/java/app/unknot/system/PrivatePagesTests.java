package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What holds a routine, its sessions or this device's list is kept by no cache: no-store, whoever
 * answers (a controller, a redirect, an error); the pages kept in memory with a strong ETag are
 * private and asked again. Catalog pages stay as they were.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class PrivatePagesTests {

    private static final String LOWER_BACK = "{\"areas\":[\"lower-back\"],\"minutes\":15,\"performer\":\"self\",\"painLevel\":3}";
    private static final String UNKNOWN = "AAAAAAAAAAAAAAAAAAAAAA";

    @Autowired
    RestTestClient client;

    private String id;

    @BeforeEach
    void routineWithASession() {
        String location = client.post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON).body(LOWER_BACK)
            .exchange().returnResult(String.class).getResponseHeaders().getFirst("Location");
        id = location.substring(location.lastIndexOf('/') + 1);
        client.post().uri("/api/routines/" + id + "/sessions").contentType(MediaType.APPLICATION_JSON)
            .body("{\"painBefore\":4,\"painAfter\":2}").exchange().expectStatus().isCreated();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        GET    | /routines/ID                                   | 200 | no-store
        GET    | /routines/ID/progress                          | 200 | no-store
        GET    | /routines/ID/adjust                            | 200 | no-store
        GET    | /routines                                      | 200 | no-store
        GET    | /routines/ID/sessions.csv                      | 200 | no-store
        GET    | /routines/ID/sessions.json                     | 200 | no-store
        GET    | /routines/ID/reminder                          | 200 | no-store
        GET    | /routines/ID/reminder.ics?day=monday&time=08:00 | 200 | no-store
        GET    | /routines/ID/delete                            | 200 | no-store
        GET    | /api/routines/ID                               | 200 | no-store
        GET    | /api/routines/ID/sessions                      | 200 | no-store
        GET    | /routines/ID/steps/1                           | 200 | private, no-cache
        GET    | /routines/ID/finish                            | 200 | private, no-cache
        GET    | /routines/ID/sheet                             | 200 | private, no-cache
        GET    | /routines/ID/sheet.pdf                         | 200 | private, no-cache
        GET    | /routines/new?from=ID                          | 200 | private, no-cache
        GET    | /routines/new?startFrom=ID                     | 200 | private, no-cache
        GET    | /routines/ID/signs                             | 302 | no-store
        POST   | /routines/ID/sessions                          | 302 | no-store
        POST   | /api/routines/ID/sessions                      | 201 | no-store
        POST   | /api/routines/ID/again                         | 201 | no-store
        GET    | /routines/ID/reminder.ics?time=25:00           | 400 | no-store
        GET    | /routines/UNKNOWN                              | 404 | no-store
        GET    | /routines/UNKNOWN/steps/1                      | 404 | no-store
        GET    | /routines/UNKNOWN/sheet.pdf                    | 404 | no-store
        GET    | /api/routines/UNKNOWN                          | 404 | no-store
        GET    | /routines/ID/no-such-page                      | 404 | no-store
        PUT    | /api/routines/ID                               | 405 | no-store
        DELETE | /api/routines/ID                               | 204 | no-store
        """)
    void eachPrivateAnswerSaysHowItMayBeKept(String method, String path, int status, String cacheControl) {
        var answer = exchange(HttpMethod.valueOf(method), path.replace("UNKNOWN", UNKNOWN).replace("ID", id), null);

        assertThat(answer.getStatus().value()).as(path).isEqualTo(status);
        assertThat(answer.getResponseHeaders().get("Cache-Control")).as(path).containsExactly(cacheControl);
    }

    @Test
    void aKeptStepPageIsPrivateFromMemoryAndOnA304() {
        String step = "/routines/" + id + "/steps/2";
        var rendered = exchange(HttpMethod.GET, step, null);
        var fromMemory = exchange(HttpMethod.GET, step, null);
        var notModified = exchange(HttpMethod.GET, step, rendered.getResponseHeaders().getETag());

        for (var answer : new EntityExchangeResult<?>[] {rendered, fromMemory, notModified}) {
            assertThat(answer.getResponseHeaders().get("Cache-Control")).containsExactly("private, no-cache");
            assertThat(answer.getResponseHeaders().getETag()).isEqualTo(rendered.getResponseHeaders().getETag()).startsWith("\"");
        }
        assertThat(fromMemory.getStatus().value()).isEqualTo(200);
        assertThat(fromMemory.getResponseBody()).isEqualTo(rendered.getResponseBody());
        assertThat(notModified.getStatus().value()).isEqualTo(304);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        /                           | no-cache
        /techniques                 | no-cache
        /techniques/cat-cow         | no-cache
        /api/techniques             | no-cache
        /routines/new               | no-cache
        /routines/new?area=neck     | no-cache
        /techniques/cat-cow/picture.svg | max-age=86400, public
        """)
    void catalogPagesKeepTheirCacheControl(String path, String cacheControl) {
        var answer = exchange(HttpMethod.GET, path, null);

        assertThat(answer.getStatus().value()).isEqualTo(200);
        assertThat(answer.getResponseHeaders().get("Cache-Control")).as(path).containsExactly(cacheControl);
    }

    private EntityExchangeResult<byte[]> exchange(HttpMethod method, String path, String ifNoneMatch) {
        var request = client.method(method).uri(path);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        if (method == HttpMethod.POST && path.startsWith("/api/")) {
            request.contentType(MediaType.APPLICATION_JSON).body("{\"painAfter\":2}");
        }
        else if (method == HttpMethod.POST) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body("painAfter=2");
        }
        return request.exchange().returnResult(byte[].class);
    }
}
