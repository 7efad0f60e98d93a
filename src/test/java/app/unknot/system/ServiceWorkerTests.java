package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The service worker's script and the list of what it keeps of a routine; OfflineJarTests plays a kept
 * routine in Chromium with the app gone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class ServiceWorkerTests {

    private static final Pattern ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]{22})\"");

    @Autowired
    RestTestClient client;

    @Test
    void theWorkerIsServedFromTheRootAskedForAgainEachVisitAndNamedAfterTheRelease() {
        var answer = client.get().uri("/sw.js").exchange().returnResult(String.class);
        assertThat(answer.getStatus().value()).isEqualTo(200);
        assertThat(answer.getResponseHeaders().getCacheControl()).isEqualTo("no-cache");
        assertThat(answer.getResponseHeaders().getContentType().toString()).startsWith("text/javascript");
        assertThat(answer.getResponseBody()).containsPattern("const RELEASE = '[0-9a-f]{16}';").doesNotContain("@RELEASE@");
    }

    @Test
    void aRoutinesListCarriesTheWalkthroughsAnswersAndNeverAPdf() {
        String id = createRoutine();
        String list = client.get().uri("/routines/" + id + "/offline.json?seconds=2&before=4").exchange()
            .expectStatus().isOk().expectHeader().valueEquals("Cache-Control", "no-store")
            .returnResult(String.class).getResponseBody();
        assertThat(list).contains("\"/routines\"", "\"/routines/" + id + "\"", "\"/routines/" + id + "/sheet\"",
            "\"/routines/" + id + "/progress\"", "\"/routines/" + id + "/finish?before=4\"",
            "\"/routines/" + id + "/steps/1?seconds=2&before=4\"", "/picture.svg\"").doesNotContain(".pdf", "/api/");
        assertThat(client.get().uri("/routines/" + id + "/offline.json").exchange().returnResult(String.class).getResponseBody())
            .contains("\"/routines/" + id + "/steps/1\"", "\"/routines/" + id + "/finish\"");
    }

    @Test
    void anUnknownRoutineHasNothingToKeep() {
        client.get().uri("/routines/AAAAAAAAAAAAAAAAAAAAAA/offline.json").exchange().expectStatus().isNotFound();
    }

    private String createRoutine() {
        String body = client.post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON)
            .body("""
                {"areas": ["lower-back", "glutes"], "minutes": 5, "performer": "self", "painLevel": 3}""")
            .exchange().expectStatus().isCreated().returnResult(String.class).getResponseBody();
        Matcher id = ID.matcher(body);
        assertThat(id.find()).as(body).isTrue();
        return id.group(1);
    }
}
