package app.unknot.routine;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * A therapist's versions through the running app, real catalog and database: saved as a new routine
 * adjusted from the first, which stays exactly as it was; every refusal names the field (and for a
 * ruled-out technique the rule) and saves nothing; the adjust page works by plain form posts; and a
 * routine started again for someone else is screened against their answers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class VersionFlowTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Blood thinners rule out the tennis-ball massage, which this person has the ball for. */
    private static final String LOWER_BACK = """
        {"areas":["lower-back"], "tools":["foam-roller", "tennis-ball"], "minutes":15, "performer":"self",
         "painLevel":3, "conditions":["blood-thinners"]}""";
    private static final String VERSION = """
        {"steps":[{"technique":"cat-cow","seconds":90,"note":"Slow, with the breath."},
                  {"technique":"self-effleurage","seconds":120}],
         "notes":"Mornings, and after long sitting.", "frequency":{"times":2,"per":"day","weeks":4},
         "clientInitials":"AB", "preparedBy":"Jo Smith, Calm Back Clinic"}""";

    @Autowired
    RestTestClient client;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aVersionIsANewRoutineAndTheFirstStaysExactlyAsItWas() {
        String first = id(routine(LOWER_BACK));
        String before = get("/api/routines/" + first, "application/json").getResponseBody();

        var saved = post("/api/routines/" + first + "/versions", VERSION);

        assertThat(saved.getStatus().value()).as(saved.getResponseBody()).isEqualTo(201);
        JsonNode version = json(saved);
        assertThat(saved.getResponseHeaders().getFirst("Location")).isEqualTo("/routines/" + id(version));
        assertThat(id(version)).isNotEqualTo(first);
        assertThat(version.get("adjustedFrom").asString()).isEqualTo(first);
        assertThat(slugs(version)).containsExactly("cat-cow", "self-effleurage");
        assertThat(version.get("steps").get(0).get("seconds").asInt()).isEqualTo(90);
        assertThat(version.get("steps").get(0).get("note").asString()).isEqualTo("Slow, with the breath.");
        assertThat(version.get("steps").get(1).get("note").isNull()).isTrue();
        assertThat(version.get("totalSeconds").asInt()).isEqualTo(210);
        assertThat(version.get("notes").asString()).isEqualTo("Mornings, and after long sitting.");
        assertThat(version.get("frequency").get("per").asString()).isEqualTo("day");
        assertThat(version.get("clientInitials").asString()).isEqualTo("AB");
        assertThat(version.get("preparedBy").asString()).isEqualTo("Jo Smith, Calm Back Clinic");
        assertThat(slugs(version.get("excluded"), "technique")).contains("tennis-ball-back-massage");
        assertThat(json(get("/api/routines/" + id(version), "application/json"))).isEqualTo(version);

        assertThat(get("/api/routines/" + first, "application/json").getResponseBody()).isEqualTo(before);
        Document firstPage = page("/routines/" + first);
        assertThat(firstPage.selectFirst(".newer-version a").attr("href")).isEqualTo("/routines/" + id(version));
        Document versionPage = page("/routines/" + id(version));
        assertThat(versionPage.selectFirst(".made-again a").attr("href")).isEqualTo("/routines/" + first);
        assertThat(versionPage.select(".handout dd").eachText())
            .containsExactly("AB", "Twice a day for 4 weeks", "Jo Smith, Calm Back Clinic");
        assertThat(versionPage.selectFirst(".routine-steps .step-note").text()).isEqualTo("Note: Slow, with the breath.");
        assertThat(page("/routines/" + id(version) + "/steps/1").selectFirst(".step-note").text())
            .isEqualTo("Note: Slow, with the breath.");
    }

    @Test
    void deletingTheFirstLeavesItsVersionWhole() {
        String first = id(routine(LOWER_BACK));
        JsonNode version = json(post("/api/routines/" + first + "/versions", VERSION));
        // Asked for before the delete, so any page kept in memory would still name the first.
        assertThat(json(get("/api/routines/" + id(version), "application/json")).get("adjustedFrom").asString())
            .isEqualTo(first);
        for (String form : new String[] {"/routines/new?startFrom=" + first, "/routines/new?from=" + first}) {
            assertThat(get(form, "text/html").getStatus().value()).as(form).isEqualTo(200);
        }

        assertThat(client.delete().uri("/api/routines/" + first).exchange().returnResult(String.class).getStatus().value())
            .isEqualTo(204);

        JsonNode kept = json(get("/api/routines/" + id(version), "application/json"));
        assertThat(kept.get("adjustedFrom").isNull()).isTrue();
        assertThat(slugs(kept)).isEqualTo(slugs(version));
        assertThat(page("/routines/" + id(version)).select(".made-again")).isEmpty();
        for (String form : new String[] {"/routines/new?startFrom=" + first, "/routines/new?from=" + first}) {
            assertThat(get(form, "text/html").getStatus().value()).as(form).isEqualTo(404);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ruled out|{'steps':[{'technique':'self-effleurage','seconds':120},{'technique':'tennis-ball-back-massage','seconds':120}]}|steps[1].technique|blood-thinners",
        "unknown technique|{'steps':[{'technique':'no-such-technique','seconds':120}]}|steps[0].technique|",
        "another area's|{'steps':[{'technique':'neck-side-stretch','seconds':60}]}|steps[0].technique|",
        "the same twice|{'steps':[{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60}]}|steps[1].technique|",
        "too short|{'steps':[{'technique':'cat-cow','seconds':15}]}|steps[0].seconds|",
        "off the grain|{'steps':[{'technique':'cat-cow','seconds':100}]}|steps[0].seconds|",
        "too long for it|{'steps':[{'technique':'cat-cow','seconds':3600}]}|steps[0].seconds|",
        "no time|{'steps':[{'technique':'cat-cow'}]}|steps[0].seconds|",
        "no steps|{'steps':[]}|steps|",
        "too many steps|{'steps':[" + TWENTY_ONE + "]}|steps|",
        "a long note|{'steps':[{'technique':'cat-cow','seconds':60,'note':'@long@'}]}|steps[0].note|",
        "a control character|{'steps':[{'technique':'cat-cow','seconds':60}],'notes':'a\\u0000b'}|notes|",
        "a name for initials|{'steps':[{'technique':'cat-cow','seconds':60}],'clientInitials':'Annabel'}|clientInitials|",
        "initials with digits|{'steps':[{'technique':'cat-cow','seconds':60}],'clientInitials':'A1'}|clientInitials|",
        "half a frequency|{'steps':[{'technique':'cat-cow','seconds':60}],'frequency':{'times':2}}|frequency.whole|",
        "a frequency per month|{'steps':[{'technique':'cat-cow','seconds':60}],'frequency':{'times':2,'per':'month','weeks':4}}|frequency.per|",
        "a year of weeks|{'steps':[{'technique':'cat-cow','seconds':60}],'frequency':{'times':2,'per':'day','weeks':60}}|frequency.weeks|",
        "a typing slip|{'steps':[{'technique':'cat-cow','seconds':60,'notes':'x'}]}|steps[0].notes|",
        "a wrong type|{'steps':[{'technique':'cat-cow','seconds':'long'}]}|steps[0].seconds|",
        "prepared by on two lines|{'steps':[{'technique':'cat-cow','seconds':60}],'preparedBy':'Jo\\nSmith'}|preparedBy|",
        "a handout in French|{'steps':[{'technique':'cat-cow','seconds':60}],'handoutLanguage':'fr'}|handoutLanguage|",
    })
    void aRefusedVersionNamesTheFieldAndSavesNothing(String what, String body, String parameter, String rule) {
        String first = id(routine(LOWER_BACK));
        long routines = routineRows();

        var refused = post("/api/routines/" + first + "/versions", body.replace('\'', '"').replace("@long@", "x".repeat(301)));

        assertThat(refused.getStatus().value()).as(what + ": " + refused.getResponseBody()).isEqualTo(400);
        JsonNode problem = json(refused);
        assertThat(problem.get("parameter").asString()).as(what).isEqualTo(parameter);
        assertThat(problem.get("errors").get(parameter).asString()).isNotBlank();
        if (rule != null) {
            assertThat(problem.get("rules").get(parameter).asString()).isEqualTo(rule);
        }
        else {
            assertThat(problem.has("rules")).isFalse();
        }
        assertThat(routineRows()).isEqualTo(routines);
    }

    private static final String TWENTY_ONE = "{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60},"
        + "{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60},"
        + "{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60},"
        + "{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60},"
        + "{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60},"
        + "{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60},"
        + "{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60},{'technique':'cat-cow','seconds':60},"
        + "{'technique':'cat-cow','seconds':60}";

    @Test
    void whatHurtInTheFirstCannotComeBackInAVersion() {
        JsonNode first = routine(LOWER_BACK);
        String hurt = slugs(first).get(1);
        assertThat(post("/api/routines/" + id(first) + "/sessions", """
            {"painAfter":3, "hurt":["%s"]}""".formatted(hurt)).getStatus().value()).isEqualTo(201);
        var again = postForm("/routines/" + id(first) + "/again", "");
        String madeAgain = idIn(again);

        var refused = post("/api/routines/" + madeAgain + "/versions", """
            {"steps":[{"technique":"%s","seconds":120}]}""".formatted(hurt));

        assertThat(refused.getStatus().value()).as(refused.getResponseBody()).isEqualTo(400);
        assertThat(json(refused).get("rules").get("steps[0].technique").asString()).isEqualTo("hurt");
        Document adjust = page("/routines/" + madeAgain + "/adjust");
        Element choice = adjust.select(".adjust-choices li").stream()
            .filter(li -> li.selectFirst("button[name=add][value=" + hurt + "]") != null || li.hasClass("not-addable")
                && li.text().contains(json(get("/api/techniques/" + hurt, "application/json")).get("name").asString()))
            .findFirst().orElseThrow();
        assertThat(choice.hasClass("not-addable")).isTrue();
        assertThat(choice.select("button")).isEmpty();
    }

    @Test
    void aRedFlagRoutineCannotBeAdjustedOrReused() {
        String stopped = id(routine("""
            {"areas":["lower-back"], "minutes":15, "performer":"self", "painLevel":3, "redFlags":["saddle-numbness"]}"""));

        var refused = post("/api/routines/" + stopped + "/versions", VERSION);
        assertThat(refused.getStatus().value()).isEqualTo(409);
        assertThat(json(refused).get("detail").asString()).contains("warning sign");
        assertThat(get("/routines/" + stopped + "/adjust", "text/html").getStatus().value()).isEqualTo(409);
        assertThat(postForm("/routines/" + stopped + "/versions", "steps[0].technique=cat-cow&steps[0].seconds=60")
            .getStatus().value()).isEqualTo(409);
        assertThat(get("/routines/new?startFrom=" + stopped, "text/html").getStatus().value()).isEqualTo(404);
        assertThat(post("/api/routines/AAAAAAAAAAAAAAAAAAAAAA/versions", VERSION).getStatus().value()).isEqualTo(404);
    }

    @Test
    void theAdjustPageMovesRemovesAndAddsByPlainPostsAndSavesAVersion() {
        JsonNode first = routine(LOWER_BACK);
        List<String> steps = slugs(first);
        Document page = page("/routines/" + id(first) + "/adjust");
        assertThat(page.select(".adjust-steps li h3").eachText()).hasSize(steps.size());
        assertThat(page.select("form.adjust-form button[type=submit]").first().text()).isEqualTo("Save as a new version");
        assertThat(page.select(".adjust-choices li.not-addable").eachText())
            .anySatisfy(text -> assertThat(text).contains("Tennis-ball back massage", "Taking blood thinners"));
        assertThat(page.select(".adjust-choices button[value=tennis-ball-back-massage]")).isEmpty();
        assertThat(page.select(".adjust-choices li").stream().map(li -> li.hasClass("addable")).toList())
            .as("what may be added first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        String addable = page.selectFirst(".adjust-choices button[name=add]").val();

        String form = form(page) + "&down=0";
        Document moved = Jsoup.parse(postForm("/routines/" + id(first) + "/adjust", form).getResponseBody());
        assertThat(techniques(moved)).containsExactlyElementsOf(swapped(steps));

        Document removed = Jsoup.parse(postForm("/routines/" + id(first) + "/adjust", form(moved) + "&remove=0").getResponseBody());
        assertThat(techniques(removed)).containsExactlyElementsOf(swapped(steps).subList(1, steps.size()));

        Document added = Jsoup.parse(postForm("/routines/" + id(first) + "/adjust", form(removed) + "&add=" + addable).getResponseBody());
        assertThat(techniques(added)).endsWith(addable);
        Document notAdded = Jsoup.parse(postForm("/routines/" + id(first) + "/adjust",
            form(added) + "&add=tennis-ball-back-massage").getResponseBody());
        assertThat(techniques(notAdded)).doesNotContain("tennis-ball-back-massage").isEqualTo(techniques(added));

        var saved = postForm("/routines/" + id(first) + "/versions", with(with(form(added), "notes", "Mornings"), "clientInitials", "AB"));
        assertThat(saved.getStatus().value()).isEqualTo(302);
        String version = idIn(saved);
        JsonNode json = json(get("/api/routines/" + version, "application/json"));
        assertThat(slugs(json)).containsExactlyElementsOf(techniques(added));
        assertThat(json.get("adjustedFrom").asString()).isEqualTo(id(first));
        assertThat(json.get("notes").asString()).isEqualTo("Mornings");
        assertThat(slugs(json(get("/api/routines/" + id(first), "application/json")))).isEqualTo(steps);
    }

    @Test
    void aRefusedSaveShowsThePageAgainWithEverythingTypedAndTheErrorsFirst() {
        String first = id(routine(LOWER_BACK));
        Document page = page("/routines/" + first + "/adjust");
        String form = with(with(with(with(form(page), "steps[0].note", "Keep it light"), "notes", "Mornings"),
            "clientInitials", "A.B."), "frequency.times", "2");
        int routines = (int) routineRows();

        var refused = postForm("/routines/" + first + "/versions", form);

        assertThat(refused.getStatus().value()).isEqualTo(400);
        Document again = Jsoup.parse(refused.getResponseBody());
        assertThat(again.select(".error-summary a").eachAttr("href")).containsExactly("#frequency.whole", "#clientInitials");
        assertThat(again.selectFirst("textarea[name=steps[0].note]").text()).isEqualTo("Keep it light");
        assertThat(again.selectFirst("textarea[name=notes]").text()).isEqualTo("Mornings");
        assertThat(again.selectFirst("input[name=clientInitials]").val()).isEqualTo("A.B.");
        assertThat(again.selectFirst("input[name=frequency.times]").val()).isEqualTo("2");
        assertThat(routineRows()).isEqualTo(routines);
    }

    @Test
    void startingFromARoutineForSomeoneElseScreensTheirAnswers() {
        JsonNode first = routine("""
            {"areas":["calves"], "tools":["foam-roller"], "minutes":15, "performer":"self", "painLevel":2}""");
        String id = id(first);
        assertThat(slugs(first)).contains("foam-roll-calves");
        var version = json(post("/api/routines/" + id + "/versions", """
            {"steps":%s, "notes":"Every evening.", "clientInitials":"AB", "preparedBy":"Calm Clinic"}"""
            .formatted(first.get("steps").valueStream().map(step -> "{\"technique\":\"%s\",\"seconds\":%d}"
                .formatted(step.get("technique").asString(), step.get("seconds").asInt())).collect(Collectors.joining(",", "[", "]")))));

        Document form = page("/routines/new?startFrom=" + id(version));
        assertThat(form.select(".reused-steps li")).hasSize(slugs(version).size());
        assertThat(form.select("input[type=hidden][name=areas]").eachAttr("value")).containsExactly("calves");
        assertThat(form.select("input[type=checkbox][name=areas]")).isEmpty();
        assertThat(form.select("input[type=checkbox][name=conditions]")).isNotEmpty();

        var built = postForm("/routines", "startFrom=" + id(version) + "&areas=calves&tools=foam-roller&minutes=15"
            + "&performer=self&painLevel=2&painWeeks=0&conditions=dvt");
        assertThat(built.getStatus().value()).as(built.getResponseBody()).isEqualTo(302);
        JsonNode theirs = json(get("/api/routines/" + idIn(built), "application/json"));
        assertThat(slugs(theirs)).doesNotContain("foam-roll-calves").isSubsetOf(slugs(version));
        assertThat(slugs(theirs.get("excluded"), "technique")).contains("foam-roll-calves");
        assertThat(theirs.get("excluded").valueStream().filter(e -> e.get("technique").asString().equals("foam-roll-calves"))
            .findFirst().orElseThrow().get("rule").asString()).isEqualTo("dvt");
        assertThat(theirs.get("notes").asString()).isEqualTo("Every evening.");
        assertThat(theirs.get("preparedBy").asString()).isEqualTo("Calm Clinic");
        assertThat(theirs.get("clientInitials").isNull()).isTrue();
        assertThat(theirs.get("adjustedFrom").isNull()).isTrue();
    }

    @Test
    void theVersionsSheetCarriesTheHandout() {
        String first = id(routine(LOWER_BACK));
        String version = id(json(post("/api/routines/" + first + "/versions", VERSION)));

        Document sheet = page("/routines/" + version + "/sheet");

        assertThat(sheet.select(".sheet-meta dd").eachText()).contains("AB", "Twice a day for 4 weeks",
            "Jo Smith, Calm Back Clinic");
        assertThat(sheet.selectFirst(".sheet-notes").text()).contains("Mornings, and after long sitting.");
        assertThat(sheet.selectFirst(".sheet-steps .step-note").text()).isEqualTo("Note: Slow, with the breath.");
    }

    /** The form as the page would post it: every named field, with its current value. */
    private static String form(Document page) {
        Element form = page.selectFirst("form.adjust-form");
        return form.select("input[name], textarea[name], select[name]").stream()
            .filter(field -> !field.attr("type").equals("checkbox") || field.hasAttr("checked"))
            .map(field -> encode(field.attr("name")) + "=" + encode(value(field)))
            .collect(Collectors.joining("&"));
    }

    private static String value(Element field) {
        if (field.tagName().equals("textarea")) {
            return field.text();
        }
        if (field.tagName().equals("select")) {
            Element selected = field.selectFirst("option[selected]");
            return selected != null ? selected.val() : field.selectFirst("option").val();
        }
        return field.val();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> techniques(Document page) {
        return page.select("input[type=hidden][name$=.technique]").eachAttr("value");
    }

    private static List<String> swapped(List<String> steps) {
        var copy = new java.util.ArrayList<>(steps);
        java.util.Collections.swap(copy, 0, 1);
        return copy;
    }

    /** The id of the routine a redirect goes to. */
    private static String idIn(EntityExchangeResult<String> redirect) {
        String location = redirect.getResponseHeaders().getFirst("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The form with this field's value replaced (or added). */
    private static String with(String form, String name, String value) {
        String field = encode(name) + "=";
        String others = java.util.Arrays.stream(form.split("&")).filter(pair -> !pair.startsWith(field))
            .collect(Collectors.joining("&"));
        return others + "&" + field + encode(value);
    }

    private JsonNode routine(String body) {
        var saved = post("/api/routines", body);
        assertThat(saved.getStatus().value()).as(saved.getResponseBody()).isEqualTo(201);
        return json(saved);
    }

    private static String id(JsonNode routine) {
        return routine.get("id").asString();
    }

    private static List<String> slugs(JsonNode routine) {
        return slugs(routine.get("steps"), "technique");
    }

    private static List<String> slugs(JsonNode list, String field) {
        return list.valueStream().map(item -> item.get(field).asString()).collect(Collectors.toList());
    }

    private long routineRows() {
        return jdbc.sql("select count(*) from routine").query(Long.class).single();
    }

    private Document page(String path) {
        var answer = get(path, "text/html");
        assertThat(answer.getStatus().value()).as(path).isEqualTo(200);
        return Jsoup.parse(answer.getResponseBody());
    }

    private EntityExchangeResult<String> post(String path, String json) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).exchange().returnResult(String.class);
    }

    private EntityExchangeResult<String> postForm(String path, String form) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).exchange()
            .returnResult(String.class);
    }

    private EntityExchangeResult<String> get(String path, String accept) {
        return client.get().uri(path).header("Accept", accept).exchange().returnResult(String.class);
    }

    private static JsonNode json(EntityExchangeResult<String> answer) {
        return JSON.readTree(answer.getResponseBody());
    }
}
