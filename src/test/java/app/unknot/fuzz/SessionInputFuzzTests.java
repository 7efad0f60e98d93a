package app.unknot.fuzz;

import static app.unknot.fuzz.ResponseChecks.statuses;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile sessions and the progress pages: a logged session (201, or 302 from the finish form), a
 * 400 naming what is wrong, or a 404; never a 500 or the input echoed back as markup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionInputFuzzTests extends MockMvcFuzzing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String routineId;

    @BeforeAll
    void saveARoutine() throws Exception {
        routineId = RoutineBodies.save(mvc);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"painBefore", "painAfter", "hurt", "note"})
    void oneHostileFieldNeverBreaksTheSessionApi(String field) throws Exception {
        List<String> values = HostileInputs.corpus(field.hashCode() + 1, TRIES);
        tryEach("POST /api/routines/{id}/sessions " + field, IntStream.range(0, values.size())
                .mapToObj(i -> body(field, i % 2 == 0 ? values.get(i) : List.of(values.get(i)))).toList(),
            body -> post("/api/routines/" + routineId + "/sessions").contentType(MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8)).accept(MediaType.APPLICATION_JSON), statuses(201, 400));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"painBefore", "painAfter", "hurt", "note"})
    void oneHostileFieldNeverBreaksTheFinishForm(String field) throws Exception {
        tryEach("POST /routines/{id}/sessions " + field, HostileInputs.corpus(field.hashCode() + 2, TRIES),
            value -> post("/routines/" + routineId + "/sessions").param("painAfter", "3").param(field, value)
                .accept(MediaType.TEXT_HTML), statuses(302, 400));
    }

    @ParameterizedTest(name = "{0}?{1}=...")
    @CsvSource({"/routines/{id}/finish, before", "/routines/{id}/reminder.ics, day", "/routines/{id}/reminder.ics, time",
        "/routines/{id}/progress, x", "/routines, x"})
    void aQueryParameterNeverBreaksTheProgressPages(String path, String parameter) throws Exception {
        String page = path.replace("{id}", routineId);
        tryEach(page + "?" + parameter, HostileInputs.corpus(parameter.hashCode() + 3, TRIES),
            value -> get(page).param(parameter, value).param(parameter.equals("day") ? "time" : "day",
                parameter.equals("day") ? "18:00" : "monday").accept(MediaType.TEXT_HTML), statuses(200, 400));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/routines/{x}/progress", "/routines/{x}/reminder", "/routines/{x}/sessions.csv", "/routines/{x}/delete",
        "/api/routines/{x}/sessions"})
    void aPathVariableNeverBreaksTheProgressPages(String template) throws Exception {
        tryEach(template, HostileInputs.corpus(template.hashCode(), TRIES),
            value -> get(template, value).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON), statuses(200, 400, 404));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id"})
    void aHostileForgetNeverBreaksTheList(String field) throws Exception {
        tryEach("POST /routines/forget", HostileInputs.corpus(field.hashCode() + 4, TRIES),
            value -> post("/routines/forget").param(field, value).accept(MediaType.TEXT_HTML), statuses(302, 400));
    }

    /** A valid session with one field set to the hostile value (text, or a list holding it). */
    private static String body(String field, Object value) {
        var session = new LinkedHashMap<String, Object>();
        session.put("painAfter", 3);
        session.put(field, value);
        return JSON.writeValueAsString(session);
    }
}
