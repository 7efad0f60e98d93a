package app.unknot.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Building, saving and reading routines through the running app, real catalog and database included. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class RoutineFlowTests {

    static final String LOWER_BACK = """
        {"areas":["lower-back"], "tools":[], "minutes":15, "performer":"self", "conditions":[],
         "affectedAreas":[], "redFlags":[], "painLevel":3, "painWeeks":1, "cancerCleared":false}""";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void formPostRedirectsToTheSavedRoutineWhichSaysItWasSaved() throws Exception {
        var posted = postForm(Map.of("areas", List.of("lower-back"), "minutes", List.of("15"),
            "performer", List.of("partner"), "painLevel", List.of("3"), "painWeeks", List.of("1")));
        assertThat(posted.statusCode()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/routines/[A-Za-z0-9_-]{22}").doesNotContain("jsessionid");

        var page = get(URI.create(location).getPath(), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Your routine is saved", "Circular kneading beside the spine",
            "Flat back (90/90)", "Start the routine");

        var again = get(URI.create(location).getPath(), "text/html");
        assertThat(again.body()).as("the flash message shows once").doesNotContain("Your routine is saved");
    }

    @Test
    void invalidFormComesBackWithErrorsAndTheAnswersKept() throws Exception {
        var posted = postForm(Map.of("areas", List.of("lower-back"), "minutes", List.of("90"),
            "performer", List.of("self"), "painLevel", List.of("3"), "painWeeks", List.of("1"),
            "conditions", List.of("fracture")));
        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("Choose at most 60 minutes.", "value=\"90\"");
    }

    @Test
    void localConditionWithoutAreasIsRefusedNamingTheField() throws Exception {
        var response = postJson(LOWER_BACK.replace("\"conditions\":[]", "\"conditions\":[\"burn\"]"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"parameter\":\"affectedAreas\"");
    }

    @Test
    void unknownSlugIsRefusedNamingTheField() throws Exception {
        var response = postJson(LOWER_BACK.replace("\"tools\":[]", "\"tools\":[\"spoon\"]"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"parameter\":\"tools\"").doesNotContain("spoon");
    }

    @Test
    void apiRoutineHasALocationAndReadsBackTheSame() throws Exception {
        var created = postJson(LOWER_BACK);
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/routines/[A-Za-z0-9_-]{22}");
        assertThat(created.body()).contains("\"status\":\"ok\"", "\"technique\":\"seated-lower-back-self-massage\"",
            "\"phase\":\"warm-up\"", "\"totalSeconds\":");

        var read = get("/api" + location, "application/json");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());
        assertThat(get(location, "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void stepsSayWhyInPlainWords() throws Exception {
        var created = postJson(LOWER_BACK.replace("[\"lower-back\"]", "[\"neck\",\"shoulders\",\"it-band\"]"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("Warms up your neck and shoulders gently before deeper work.")
            .doesNotContain("Shoulders gently");
    }

    @Test
    void walkthroughAndSheetNameEachStepsToolsFromTheCatalog() throws Exception {
        String location = postJson(LOWER_BACK).headers().firstValue("Location").orElseThrow();
        var step = get(location + "/steps/2", "text/html");
        assertThat(step.body()).contains("Seated lower-back self-massage", "<dd>Chair</dd>");
        assertThat(get(location + "/sheet", "text/html").body()).contains("You need: Hands", "You need: Chair");
    }

    @Test
    void theSameRequestGivesTheSameRoutine() throws Exception {
        String first = postJson(LOWER_BACK).body();
        String second = postJson(LOWER_BACK).body();
        assertThat(withoutId(first)).isEqualTo(withoutId(second));
    }

    @Test
    void redFlagGivesTheStopPageWithItsUrgency() throws Exception {
        var created = postJson(LOWER_BACK.replace("\"redFlags\":[]", "\"redFlags\":[\"night-pain\"]"));
        assertThat(created.body()).contains("\"status\":\"stop\"", "\"urgency\":\"urgent\"", "\"steps\":[]");
        String location = created.headers().firstValue("Location").orElseThrow();
        var page = get(location, "text/html");
        assertThat(page.body()).contains("See a doctor today").doesNotContain("Start the routine");
    }

    @Test
    void unknownRoutineIsA404() throws Exception {
        assertThat(get("/routines/AAAAAAAAAAAAAAAAAAAAAA", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/api/routines/AAAAAAAAAAAAAAAAAAAAAA", "application/json").statusCode()).isEqualTo(404);
    }

    private static String withoutId(String json) {
        return json.replaceAll("\"id\":\"[^\"]+\"", "");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/api/routines")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(Map<String, List<String>> fields) throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
            .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri("/routines")).header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
