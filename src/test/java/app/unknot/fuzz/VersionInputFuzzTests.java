package app.unknot.fuzz;

import static app.unknot.fuzz.ResponseChecks.statuses;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile adjustments: through the versions API a 201 or a 400 naming what is wrong, through the
 * adjust page a page shown again (200), a saved version (302) or a 400; for someone else's routine
 * a routine or the form again. Never a 500 or the input echoed back as markup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionInputFuzzTests extends MockMvcFuzzing {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> STEP_FIELDS = List.of("technique", "seconds", "note");

    private String routineId;

    @BeforeAll
    void saveARoutine() throws Exception {
        routineId = RoutineBodies.save(mvc);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"technique", "seconds", "note", "steps", "notes", "frequency", "frequency.times",
        "frequency.per", "frequency.weeks", "clientInitials", "preparedBy"})
    void oneHostileFieldNeverBreaksTheVersionsApi(String field) throws Exception {
        List<String> values = HostileInputs.corpus(field.hashCode() + 5, TRIES);
        tryEach("POST /api/routines/{id}/versions " + field, IntStream.range(0, values.size())
                .mapToObj(i -> body(field, i % 2 == 0 ? values.get(i) : List.of(values.get(i)))).toList(),
            body -> post("/api/routines/" + routineId + "/versions").contentType(MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8)).accept(MediaType.APPLICATION_JSON), statuses(201, 400));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"steps[0].technique", "steps[0].seconds", "steps[0].note", "steps[25].note", "notes",
        "frequency.times", "frequency.per", "frequency.weeks", "clientInitials", "preparedBy", "up", "down", "remove", "add"})
    void oneHostileFieldNeverBreaksTheAdjustPage(String field) throws Exception {
        for (String page : List.of("/adjust", "/versions")) {
            tryEach("POST /routines/{id}" + page + " " + field, HostileInputs.corpus(field.hashCode() + page.length(), TRIES / 2),
                value -> post("/routines/" + routineId + page).param("steps[0].technique", "cat-cow")
                    .param("steps[0].seconds", "60").param(field, value).accept(MediaType.TEXT_HTML), statuses(200, 302, 400));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"startFrom"})
    void aHostileStartFromNeverBreaksTheBuilder(String field) throws Exception {
        tryEach("GET /routines/new?startFrom", HostileInputs.corpus(field.hashCode() + 7, TRIES),
            value -> get("/routines/new").param(field, value).accept(MediaType.TEXT_HTML), statuses(200, 400, 404));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/routines/{x}/adjust", "/routines/{x}/sheet?paper="})
    void aHostilePathOrPaperNeverBreaksThePages(String template) throws Exception {
        tryEach(template, HostileInputs.corpus(template.hashCode(), TRIES), value -> template.endsWith("=")
                ? get("/routines/" + routineId + "/sheet").param("paper", value).accept(MediaType.TEXT_HTML)
                : get(template, value).accept(MediaType.TEXT_HTML), statuses(200, 400, 404));
    }

    /** A valid version with one field set to the hostile value; a step field is set on its one step. */
    private static String body(String field, Object value) {
        var step = new LinkedHashMap<String, Object>(Map.of("technique", "cat-cow", "seconds", 60));
        var version = new LinkedHashMap<String, Object>();
        version.put("steps", List.of(step));
        if (STEP_FIELDS.contains(field)) {
            step.put(field, value);
        }
        else if (field.startsWith("frequency.")) {
            var frequency = new LinkedHashMap<String, Object>(Map.of("times", 2, "per", "day", "weeks", 4));
            frequency.put(field.substring("frequency.".length()), value);
            version.put("frequency", frequency);
        }
        else {
            version.put(field, value);
        }
        return JSON.writeValueAsString(version);
    }
}
