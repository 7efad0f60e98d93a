package app.unknot.fuzz;

import static app.unknot.fuzz.ResponseChecks.statuses;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Generated bodies for {@code POST /api/routines}: a saved routine (201), a 400 problem naming what
 * is wrong, or a 413 for a body over the size limit. Wrong content types are 415, wrong methods 405.
 */
class RoutineJsonFuzzTests extends MockMvcFuzzing {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12})
    void bodiesWithHostileFieldsNeverBreakTheApi(long seed) throws Exception {
        var bodies = new JsonBodies(seed, HostileInputs.corpus(seed, TRIES));
        tryEach("POST /api/routines (mutated body)", IntStream.range(0, TRIES).mapToObj(i -> bodies.mutated()).toList(),
            RoutineJsonFuzzTests::json, statuses(201, 400, 413));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"areas", "tools", "minutes", "performer", "conditions", "affectedAreas", "redFlags",
        "painLevel", "painWeeks", "cancerCleared"})
    void oneHostileFieldNeverBreaksTheApi(String field) throws Exception {
        List<String> values = HostileInputs.corpus(field.hashCode(), TRIES);
        tryEach("POST /api/routines " + field, IntStream.range(0, values.size())
                .mapToObj(i -> JsonBodies.withField(field, i % 2 == 0 ? values.get(i) : List.of(values.get(i)))).toList(),
            RoutineJsonFuzzTests::json, statuses(201, 400));
    }

    @Test
    void bodiesThatAreNotARoutineAreA400Or413() throws Exception {
        var bodies = new JsonBodies(13, HostileInputs.corpus(13, TRIES));
        tryEach("POST /api/routines (not a routine)", IntStream.range(0, TRIES).mapToObj(bodies::notARoutine).toList(),
            RoutineJsonFuzzTests::json, statuses(400, 413));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
        "text/html", "application/octet-stream", "garbage/", "*/*", "json", "application/json;charset=nonsense"})
    void aWrongContentTypeIsA415(String contentType) throws Exception {
        String body = RoutineBodies.JSON.writeValueAsString(RoutineBodies.valid());
        tryEach("POST /api/routines as " + contentType, List.of(body, "<script>alert(1)</script>", ""),
            value -> post("/api/routines").header("Content-Type", contentType).content(value)
                .accept(MediaType.APPLICATION_JSON), statuses(400, 415));
    }

    @Test
    void aWrongMethodIsA405() throws Exception {
        List<Function<String, MockHttpServletRequestBuilder>> requests = List.of(put("/api/routines")::content,
            patch("/api/routines")::content, delete("/api/routines")::content, post("/api/techniques")::content,
            delete("/api/techniques/flat-back-90-90")::content, put("/api/routines/AAAAAAAAAAAAAAAAAAAAAA")::content);
        for (var request : requests) {
            tryEach("wrong method", List.of("{}"), value -> request.apply(value).contentType(MediaType.APPLICATION_JSON),
                statuses(405));
        }
    }

    @Test
    void aGetWithABodyIsStillJustAGet() throws Exception {
        tryEach("GET /api/techniques with a body", List.of("<script>alert(1)</script>", "{\"areas\":[]}"),
            value -> get("/api/techniques").content(value).contentType(MediaType.APPLICATION_JSON), statuses(200));
    }

    private static MockHttpServletRequestBuilder json(String body) {
        return post("/api/routines").contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8))
            .accept(MediaType.APPLICATION_JSON);
    }
}
