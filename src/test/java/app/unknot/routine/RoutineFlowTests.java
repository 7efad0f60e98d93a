package app.unknot.routine;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.CookieJar;
import app.unknot.RestTestClients;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Building, saving and reading routines through the running app, real catalog and database included. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class RoutineFlowTests {

    static final String LOWER_BACK = """
        {"areas":["lower-back"], "tools":[], "minutes":15, "performer":"self", "conditions":[],
         "affectedAreas":[], "redFlags":[], "painLevel":3, "painWeeks":1, "cancerCleared":false}""";

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void formPostRedirectsToTheSavedRoutineWhichSaysItWasSaved() {
        var posted = postForm(Map.of("areas", List.of("lower-back"), "minutes", List.of("15"),
            "performer", List.of("partner"), "painLevel", List.of("3"), "painWeeks", List.of("1")));
        assertThat(posted.getStatus().value()).isEqualTo(302);
        String location = posted.getResponseHeaders().getFirst("Location");
        assertThat(location).matches(".*/routines/[A-Za-z0-9_-]{22}").doesNotContain("jsessionid");

        // The flash message travels in a cookie; like a browser, send back what the last answer left.
        var cookies = new CookieJar().after(posted);
        var page = get(URI.create(location).getPath(), "text/html", cookies.header());
        assertThat(page.getStatus().value()).isEqualTo(200);
        assertThat(page.getResponseBody()).contains("Your routine is saved", "Circular kneading beside the spine",
            "Flat back (90/90)", "Start the routine");

        var again = get(URI.create(location).getPath(), "text/html", cookies.after(page).header());
        assertThat(again.getResponseBody()).as("the flash message shows once").doesNotContain("Your routine is saved");
    }

    /**
     * A tension headache: a routine for the head alone offers the neck and shoulders, saying why, and the
     * offer goes back to the form with them ticked, so their own warning signs are asked before any routine.
     */
    @Test
    void aRoutineForTheHeadAloneOffersTheNeckAndShouldersAndTheirWarningSigns() {
        String location = postJson(LOWER_BACK.replace("lower-back", "head")).getResponseHeaders().getFirst("Location");
        Document page = Jsoup.parse(get(location, "text/html").getResponseBody());
        assertThat(page.select(".goes-with h2").text()).isEqualTo("Add these too: Neck, Shoulders?");
        assertThat(page.select(".goes-with p").text()).contains("tension headache");
        String offer = page.select(".goes-with a").attr("href");
        assertThat(offer).contains("add=neck").contains("add=shoulders");

        Document form = Jsoup.parse(get(offer, "text/html").getResponseBody());
        assertThat(form.select("input[name=areas][checked]").eachAttr("value")).containsExactly("head", "neck", "shoulders");
        assertThat(form.select("#area-signs input[name=redFlags]").eachAttr("value"))
            .contains("neck-artery-signs", "spinal-cord-signs", "stroke-signs");

        String lowerBack = postJson(LOWER_BACK).getResponseHeaders().getFirst("Location");
        assertThat(Jsoup.parse(get(lowerBack, "text/html").getResponseBody()).select(".goes-with"))
            .as("an area that goes with no other offers nothing").isEmpty();
    }

    /**
     * A routine saved before the head's warning signs existed (it was asked the ten signs every routine
     * was) asks them before it plays again, once a visit; a yes ends at the stop page.
     */
    @Test
    void aRoutineSavedBeforeASignExistedAsksItBeforeItPlaysAgain() {
        String id = URI.create(postJson(LOWER_BACK.replace("lower-back", "head")).getResponseHeaders().getFirst("Location"))
            .getPath().substring("/routines/".length());
        jdbc.update("update routine set signs_asked = ? where id = ?", OLD_SIGNS, id);
        String step = "/routines/" + id + "/steps/1";

        var played = get(step, "text/html");
        assertThat(played.getStatus().value()).isEqualTo(302);
        assertThat(played.getResponseHeaders().getFirst("Location")).endsWith("/routines/" + id + "/signs?next=%2Froutines%2F" + id + "%2Fsteps%2F1");
        Document asked = Jsoup.parse(get("/routines/" + id + "/signs?next=" + step, "text/html").getResponseBody());
        assertThat(asked.select("input[name=redFlags]").eachAttr("value"))
            .contains("sudden-severe-headache", "stroke-signs").doesNotContain("chest-pain", "saddle-numbness");

        var none = postSigns(id, List.of(), step);
        assertThat(none.getStatus().value()).isEqualTo(302);
        assertThat(none.getResponseHeaders().getFirst("Location")).endsWith(step);
        String cookie = none.getResponseHeaders().getFirst("Set-Cookie");
        assertThat(cookie).startsWith(RoutineService.SIGNS_CHECKED_COOKIE + "=1").contains("Path=/routines/" + id)
            .doesNotContain("Max-Age");
        assertThat(get(step, "text/html", cookie.substring(0, cookie.indexOf(';'))).getStatus().value()).isEqualTo(200);
        assertThat(get(step, "text/html").getStatus().value()).as("another visit, the page kept or not").isEqualTo(302);

        assertThat(postSigns(id, List.of("saddle-numbness"), step).getStatus().value()).as("a sign it did ask").isEqualTo(400);
        var yes = postSigns(id, List.of("stroke-signs"), step);
        String stop = yes.getResponseHeaders().getFirst("Location");
        assertThat(stop).doesNotContain(id);
        assertThat(Jsoup.parse(get(stop, "text/html").getResponseBody()).select("h1").text()).isEqualTo("Get emergency help now");

        String fresh = URI.create(postJson(LOWER_BACK.replace("lower-back", "head")).getResponseHeaders().getFirst("Location")).getPath();
        assertThat(get(fresh + "/steps/1", "text/html").getStatus().value()).as("a routine asked every sign").isEqualTo(200);
    }

    /** The ten signs every routine was asked before signs for other areas existed. */
    private static final String OLD_SIGNS = "bladder-bowel-change,calf-swelling,cancer-history-new-pain,chest-pain,fever,"
        + "leg-weakness,major-trauma,night-pain,saddle-numbness,weight-loss";

    private EntityExchangeResult<String> postSigns(String id, List<String> signs, String next) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.put("redFlags", signs);
        form.add("next", next);
        return client.post().uri("/routines/" + id + "/signs").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
            .exchange().returnResult(String.class);
    }

    @Test
    void aGarbledFlashCookieIsIgnored() {
        String location = postJson(LOWER_BACK).getResponseHeaders().getFirst("Location");
        for (String garbage : List.of("%%%", "e30", "bm90IGpzb24", "W3sicGF0aCI6MX1d")) {
            assertThat(get(location, "text/html", "unknot-flash=" + garbage).getStatus().value()).as(garbage).isEqualTo(200);
        }
    }

    @Test
    void invalidFormComesBackWithErrorsAndTheAnswersKept() {
        var posted = postForm(Map.of("areas", List.of("lower-back"), "minutes", List.of("90"),
            "performer", List.of("self"), "painLevel", List.of("3"), "painWeeks", List.of("1"),
            "conditions", List.of("fracture")));
        assertThat(posted.getStatus().value()).isEqualTo(400);
        assertThat(posted.getResponseBody()).contains("Choose at most 60 minutes.", "value=\"90\"");
    }

    @Test
    void localConditionWithoutAreasIsRefusedNamingTheField() {
        var response = postJson(LOWER_BACK.replace("\"conditions\":[]", "\"conditions\":[\"burn\"]"));
        assertThat(response.getStatus().value()).isEqualTo(400);
        assertThat(response.getResponseBody()).contains("\"parameter\":\"affectedAreas\"");
    }

    @Test
    void unknownSlugIsRefusedNamingTheField() {
        var response = postJson(LOWER_BACK.replace("\"tools\":[]", "\"tools\":[\"spoon\"]"));
        assertThat(response.getStatus().value()).isEqualTo(400);
        assertThat(response.getResponseBody()).contains("\"parameter\":\"tools\"").doesNotContain("spoon");
    }

    @Test
    void apiRoutineHasALocationAndReadsBackTheSame() {
        var created = postJson(LOWER_BACK);
        assertThat(created.getStatus().value()).isEqualTo(201);
        String location = created.getResponseHeaders().getFirst("Location");
        assertThat(location).matches("/routines/[A-Za-z0-9_-]{22}");
        assertThat(created.getResponseBody()).contains("\"status\":\"ok\"", "\"technique\":\"seated-lower-back-self-massage\"",
            "\"phase\":\"warm-up\"", "\"totalSeconds\":");

        var read = get("/api" + location, "application/json");
        assertThat(read.getStatus().value()).isEqualTo(200);
        assertThat(read.getResponseBody()).isEqualTo(created.getResponseBody());
        assertThat(get(location, "text/html").getStatus().value()).isEqualTo(200);
    }

    @Test
    void stepsSayWhyInPlainWords() {
        var created = postJson(LOWER_BACK.replace("[\"lower-back\"]", "[\"neck\",\"shoulders\",\"it-band\"]"));
        assertThat(created.getStatus().value()).isEqualTo(201);
        assertThat(created.getResponseBody()).contains("Warms up your neck and shoulders gently before deeper work.")
            .doesNotContain("Shoulders gently");
    }

    @Test
    void walkthroughAndSheetNameEachStepsToolsFromTheCatalog() {
        String location = postJson(LOWER_BACK).getResponseHeaders().getFirst("Location");
        var step = get(location + "/steps/2", "text/html");
        assertThat(step.getResponseBody()).contains("Seated lower-back self-massage", "<dd>Chair</dd>");
        assertThat(get(location + "/sheet", "text/html").getResponseBody()).contains("You need: Hands", "You need: Chair");
    }

    @Test
    void theRoutinePageMarksWhereABrokenBoneIsAsLeftAloneAndEachStepMapsItsAreas() {
        String location = postJson(LOWER_BACK.replace("[\"lower-back\"]", "[\"lower-back\",\"calves\"]")
            .replace("\"conditions\":[]", "\"conditions\":[\"fracture\"]").replace("\"affectedAreas\":[]", "\"affectedAreas\":[\"calves\"]"))
            .getResponseHeaders().getFirst("Location");
        Document page = Jsoup.parse(get(location, "text/html").getResponseBody());
        assertThat(page.select(".left-alone .region.chosen").eachAttr("data-area")).containsExactly("calves");
        assertThat(page.selectFirst(".left-alone p").text()).contains("Calves");

        Document step = Jsoup.parse(get(location + "/steps/1", "text/html").getResponseBody());
        assertThat(step.select(".step-about .region.chosen").eachAttr("data-area")).isNotEmpty()
            .doesNotContain("calves").isSubsetOf(step.select(".step-about .region").eachAttr("data-area"));

        Document unhurt = Jsoup.parse(get(postJson(LOWER_BACK).getResponseHeaders().getFirst("Location"), "text/html")
            .getResponseBody());
        assertThat(unhurt.select(".left-alone")).isEmpty();
    }

    @Test
    void theSameRequestGivesTheSameRoutine() {
        String first = postJson(LOWER_BACK).getResponseBody();
        String second = postJson(LOWER_BACK).getResponseBody();
        assertThat(withoutId(first)).isEqualTo(withoutId(second));
    }

    @Test
    void redFlagGivesTheStopPageWithItsUrgency() {
        var created = postJson(LOWER_BACK.replace("\"redFlags\":[]", "\"redFlags\":[\"night-pain\"]"));
        assertThat(created.getResponseBody()).contains("\"status\":\"stop\"", "\"urgency\":\"urgent\"", "\"steps\":[]");
        String location = created.getResponseHeaders().getFirst("Location");
        var page = get(location, "text/html");
        assertThat(page.getResponseBody()).contains("See a doctor today").doesNotContain("Start the routine");
    }

    @Test
    void unknownRoutineIsA404() {
        assertThat(get("/routines/AAAAAAAAAAAAAAAAAAAAAA", "text/html").getStatus().value()).isEqualTo(404);
        assertThat(get("/api/routines/AAAAAAAAAAAAAAAAAAAAAA", "application/json").getStatus().value()).isEqualTo(404);
    }

    private static String withoutId(String json) {
        return json.replaceAll("\"id\":\"[^\"]+\"", "");
    }

    private EntityExchangeResult<String> get(String path, String accept) {
        return client.get().uri(path).header("Accept", accept).exchange().returnResult(String.class);
    }

    private EntityExchangeResult<String> get(String path, String accept, String cookies) {
        return client.get().uri(path).header("Accept", accept).header("Cookie", cookies).exchange()
            .returnResult(String.class);
    }

    private EntityExchangeResult<String> postJson(String body) {
        return client.post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
            .returnResult(String.class);
    }

    private EntityExchangeResult<String> postForm(Map<String, List<String>> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>(fields);
        return client.post().uri("/routines").contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML)
            .body(form).exchange().returnResult(String.class);
    }
}
