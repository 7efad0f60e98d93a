package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole app over real HTTP: migrations, JPA, controllers, views and error handling together. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class UnknotApplicationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void welcomePageSaysWhatTheAppIsAndIsNot() throws Exception {
        var response = get("/", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("What Unknot is not", "not a doctor", "href=\"/techniques\"");
    }

    @Test
    void filteredCatalogPageRendersFromTheDatabase() throws Exception {
        var response = get("/techniques?area=lower-back&tool=foam-roller", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Foam rolling beside the lower spine").doesNotContain("Foam rolling the calves");
    }

    @Test
    void techniquePageShowsTheConditionsThatRuleItOut() throws Exception {
        var response = get("/techniques/massage-gun-legs", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Deep vein thrombosis (DVT)", "href=\"/conditions#dvt\"");
    }

    @Test
    void apiListsTechniquesAsJson() throws Exception {
        var response = get("/api/techniques?area=feet", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(response.body()).contains("\"slug\":\"foot-ball-roll\"");
    }

    @Test
    void unknownPageIsTheFriendly404() throws Exception {
        var response = get("/no/such/page", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("We could not find that page").doesNotContain("Whitelabel", "Exception");
    }

    @Test
    void unknownApiTechniqueIsA404Problem() throws Exception {
        var response = get("/api/techniques/nope", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void badFilterIsA400WithNoInternals() throws Exception {
        var page = get("/techniques?kind=%3Cscript%3E", "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("The kind must be massage or stretch.").doesNotContain("<script>", "Exception");
        var api = get("/api/techniques?tool=spoon", "application/json");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"parameter\":\"tool\"");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
