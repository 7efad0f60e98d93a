package app.unknot.fuzz;

import static app.unknot.fuzz.ResponseChecks.statuses;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

/** Hostile query parameters and path variables on the JSON API: a 200, 400 or 404 problem, never worse. */
class ApiInputFuzzTests extends MockMvcFuzzing {

    @ParameterizedTest(name = "{0}?{1}=...")
    @CsvSource({
        "/api/techniques, area", "/api/techniques, tool", "/api/techniques, kind", "/api/techniques, q",
        "/api/techniques, by", "/api/techniques, page",
        "/api/body-areas, x", "/api/tools, x", "/api/conditions, x", "/api/red-flags, x"})
    void aQueryParameterNeverBreaksTheApi(String path, String parameter) throws Exception {
        tryEach(path + "?" + parameter, HostileInputs.corpus((path + parameter).hashCode(), TRIES),
            value -> get(path).param(parameter, value).accept(MediaType.APPLICATION_JSON), statuses(200, 400));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/techniques/{x}", "/api/routines/{x}"})
    void aPathVariableNeverBreaksTheApi(String template) throws Exception {
        tryEach(template, HostileInputs.corpus(template.hashCode(), TRIES),
            value -> get(template, value).accept(MediaType.APPLICATION_JSON), statuses(200, 400, 404));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/techniques", "/api/body-areas"})
    void repeatedEmptyAndUnknownParametersNeverBreakTheApi(String path) throws Exception {
        var random = new Random(path.hashCode());
        List<String> corpus = HostileInputs.corpus(path.hashCode(), TRIES);
        tryEach(path + "?(many)", corpus,
            value -> PageInputFuzzTests.withRandomParameters(get(path), random, corpus).accept(MediaType.APPLICATION_JSON),
            statuses(200, 400));
    }
}
