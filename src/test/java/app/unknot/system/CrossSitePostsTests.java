package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A page on another site cannot make a visitor's browser change their routines: the forms still work
 * from the app's own pages and the API from tools, a hand-made flash cookie shows no text of its
 * own, and the refusals are logged without the routine's id.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
@ExtendWith(OutputCaptureExtension.class)
class CrossSitePostsTests {

    private static final String ROUTINE = """
        {"areas":["lower-back"], "tools":[], "minutes":10, "performer":"self", "conditions":[],
         "affectedAreas":[], "redFlags":[], "painLevel":3, "painWeeks":1, "cancerCleared":false}""";

    @Autowired
    RestTestClient client;

    @Test
    void aDeleteFormPostedFromAnotherSiteIsRefusedAndTheRoutineStays(CapturedOutput output) {
        String id = saved();

        var refused = deleteForm(id, "Sec-Fetch-Site", "cross-site");
        assertThat(refused.getStatus().value()).isEqualTo(403);
        assertThat(refused.getResponseBody()).contains("That change was sent from another website", "nothing was saved or deleted");
        var byOrigin = deleteForm(id, "Origin", "https://evil.example");
        assertThat(byOrigin.getStatus().value()).isEqualTo(403);
        assertThat(status("/api/routines/" + id)).as("still there").isEqualTo(200);

        assertThat(output.getOut()).contains("Refused a POST to /routines/" + id.substring(0, 4) + "…/delete")
            .doesNotContain(id);
    }

    @Test
    void theAppsOwnFormAndAToolStillDelete() {
        String fromThePage = saved();
        assertThat(deleteForm(fromThePage, "Sec-Fetch-Site", "same-origin").getStatus().value()).isEqualTo(302);
        assertThat(status("/api/routines/" + fromThePage)).isEqualTo(404);

        String fromATool = saved();
        assertThat(client.delete().uri("/api/routines/" + fromATool).exchange().returnResult(String.class).getStatus().value())
            .isEqualTo(204);
    }

    @Test
    void anApiDeleteFromAnotherSiteIsAProblem() {
        String id = saved();
        var refused = client.delete().uri("/api/routines/" + id).header("Origin", "https://evil.example")
            .header("Accept", "application/json").exchange().returnResult(String.class);
        assertThat(refused.getStatus().value()).isEqualTo(403);
        assertThat(refused.getResponseHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getResponseBody()).contains("\"status\":403", "another site");
        assertThat(status("/api/routines/" + id)).isEqualTo(200);
    }

    @Test
    void aHandMadeFlashCookieWithTextShowsNothingOfIt() {
        String id = saved();
        String json = "[{\"path\":\"/routines/" + id + "\",\"params\":{},\"expires\":-1,\"attributes\":{\"saved\":\"<b>Call 0900 now</b>\"}}]";
        String cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        var page = client.get().uri("/routines/" + id).header("Accept", "text/html").header("Cookie", "unknot-flash=" + cookie)
            .exchange().returnResult(String.class);
        assertThat(page.getStatus().value()).isEqualTo(200);
        assertThat(page.getResponseBody()).doesNotContain("Call 0900", "Your routine is saved");
    }

    private String saved() {
        String location = client.post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON).body(ROUTINE).exchange()
            .returnResult(String.class).getResponseHeaders().getFirst("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private EntityExchangeResult<String> deleteForm(String id, String header, String value) {
        return client.post().uri("/routines/" + id + "/delete").contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .header(header, value).header("Accept", "text/html").exchange().returnResult(String.class);
    }

    private int status(String path) {
        return client.get().uri(path).header("Accept", "application/json").exchange().returnResult(String.class).getStatus().value();
    }
}
