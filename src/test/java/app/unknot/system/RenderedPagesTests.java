package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Pages that cannot change while the app runs come with a strong ETag, and a browser that has one gets a 304. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class RenderedPagesTests {

    @Autowired
    RestTestClient client;

    private EntityExchangeResult<byte[]> get(String path, String ifNoneMatch) {
        var request = client.get().uri(path);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.exchange().returnResult(byte[].class);
    }

    private String savedRoutine() {
        return client.post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON)
            .body("{\"areas\":[\"lower-back\"],\"minutes\":15,\"performer\":\"self\",\"painLevel\":3}")
            .exchange().returnResult(String.class).getResponseHeaders().getFirst("Location");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/techniques", "/techniques?area=lower-back", "/techniques/flat-back-90-90", "/conditions",
        "/api/techniques", "/api/techniques/supine-twist", "/api/body-areas"})
    void aCatalogPageHasAStrongETagAndAnswers304ToIt(String path) {
        var first = get(path, null);
        String eTag = first.getResponseHeaders().getETag();

        assertThat(first.getStatus().value()).isEqualTo(200);
        assertThat(eTag).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
        assertThat(first.getResponseHeaders().getCacheControl()).isEqualTo("no-cache");
        assertThat(get(path, null).getResponseHeaders().getETag()).isEqualTo(eTag);

        var again = get(path, eTag);
        assertThat(again.getStatus().value()).isEqualTo(304);
        assertThat(again.getResponseBodyContent()).isNullOrEmpty();
        assertThat(again.getResponseHeaders().getETag()).isEqualTo(eTag);
        assertThat(get(path, "\"something-else\"").getStatus().value()).isEqualTo(200);
    }

    @Test
    void aSavedRoutinesPdfIsTheSameBytesEveryTimeAnd304sWhenAskedAgain() {
        String pdf = savedRoutine() + "/sheet.pdf";

        var first = get(pdf, null);
        var second = get(pdf, null);

        assertThat(first.getStatus().value()).isEqualTo(200);
        assertThat(new String(first.getResponseBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(second.getResponseHeaders().getFirst("Content-Disposition")).startsWith("attachment;");
        assertThat(second.getResponseHeaders().getContentType()).hasToString("application/pdf");
        assertThat(get(pdf, first.getResponseHeaders().getETag()).getStatus().value()).isEqualTo(304);
    }

    @Test
    void theSheetAndStepsOfASavedRoutineAreKeptToo() {
        String routine = savedRoutine();
        for (String path : new String[] {routine + "/sheet", routine + "/steps/1"}) {
            var first = get(path, null);
            String eTag = first.getResponseHeaders().getETag();
            assertThat(eTag).as(path).isNotNull();
            assertThat(first.getResponseHeaders().getCacheControl()).as(path).isEqualTo("private, no-cache");
            assertThat(get(path, eTag).getStatus().value()).as(path).isEqualTo(304);
        }
    }

    @Test
    void aSavedRoutinesJsonIsRenderedEachTimeButStill304sOnItsETag() {
        String json = "/api" + savedRoutine();
        var first = get(json, null);
        String eTag = first.getResponseHeaders().getETag();

        assertThat(eTag).isNotNull();
        // Not a kept page: those say no-cache; this one names routines that may be deleted later, and is private.
        assertThat(first.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(get(json, eTag).getStatus().value()).isEqualTo(304);
        assertThat(get(json, "\"something-else\"").getResponseBody()).isEqualTo(first.getResponseBody());
    }

    @Test
    void theRoutinesOwnPageIsRenderedEachTimeForItsSavedMessage() {
        var page = get(savedRoutine(), null);
        assertThat(page.getStatus().value()).isEqualTo(200);
        assertThat(page.getResponseHeaders().getETag()).isNull();
    }

    @Test
    void anErrorIsNeverKept() {
        var unknown = get("/techniques/no-such-technique", null);
        assertThat(unknown.getStatus().value()).isEqualTo(404);
        assertThat(unknown.getResponseHeaders().getETag()).isNull();
        assertThat(get("/techniques?kind=spoon", null).getResponseHeaders().getETag()).isNull();
    }
}
