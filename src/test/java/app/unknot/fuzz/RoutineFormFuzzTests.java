package app.unknot.fuzz;

import static app.unknot.fuzz.ResponseChecks.statuses;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The builder form posted with hostile values: the routine is saved (302) or the form comes back
 * with its errors (400); never a 5xx, and never the input as live markup.
 */
class RoutineFormFuzzTests extends MockMvcFuzzing {

    private static final Map<String, String> VALID = Map.of("areas", "lower-back", "minutes", "15", "performer", "self",
        "painLevel", "3", "painWeeks", "1");
    private static final List<String> FIELDS = List.of("areas", "tools", "minutes", "performer", "conditions",
        "affectedAreas", "redFlags", "painLevel", "painWeeks", "cancerCleared");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"areas", "tools", "minutes", "performer", "conditions", "affectedAreas", "redFlags",
        "painLevel", "painWeeks", "cancerCleared", "_areas", "unknown"})
    void oneHostileFieldNeverBreaksTheForm(String field) throws Exception {
        tryEach("POST /routines " + field, HostileInputs.corpus(field.hashCode(), TRIES),
            value -> validFormExcept(field).param(field, value), statuses(302, 400));
    }

    @Test
    void everyFieldHostileAtOnceNeverBreaksTheForm() throws Exception {
        var random = new Random(1);
        List<String> corpus = HostileInputs.corpus(1, TRIES);
        tryEach("POST /routines (all fields)", corpus, value -> {
            MockHttpServletRequestBuilder request = form();
            FIELDS.forEach(field -> request.param(field, HostileInputs.someOf(random, corpus).toArray(String[]::new)));
            return request.param(FIELDS.get(random.nextInt(FIELDS.size())), value);
        }, statuses(302, 400));
    }

    /** Indexed, nested and class-path names must never reach the binder's auto-growing or reflection. */
    @Test
    void hostileParameterNamesNeverBreakTheForm() throws Exception {
        List<String> names = new ArrayList<>(List.of("areas[0]", "areas[99999999]", "areas[-1]", "areas[x]", "areas[]",
            "painLevel[0]", "minutes.value", "class.module.classLoader.resources.context.parent.pipeline.first.pattern",
            "class.classLoader", "routineForm.areas", "areas.class", "__proto__", "_areas", "_tools", "!areas"));
        names.addAll(HostileInputs.corpus(3, TRIES - names.size()));
        tryEach("POST /routines (parameter names)", names, name -> validFormExcept("").param(name, "lower-back", "x"),
            statuses(302, 400));
    }

    private static MockHttpServletRequestBuilder validFormExcept(String field) {
        MockHttpServletRequestBuilder request = form();
        VALID.forEach((name, value) -> {
            if (!name.equals(field)) {
                request.param(name, value);
            }
        });
        return request;
    }

    private static MockHttpServletRequestBuilder form() {
        return post("/routines").contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
    }
}
