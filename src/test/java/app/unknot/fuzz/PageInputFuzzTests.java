package app.unknot.fuzz;

import static app.unknot.fuzz.ResponseChecks.statuses;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Hostile query parameters and path variables on every page: a 200, 400 or 404, never worse. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageInputFuzzTests extends MockMvcFuzzing {

    private String routineId;

    @BeforeAll
    void saveARoutine() throws Exception {
        routineId = RoutineBodies.save(mvc);
    }

    @ParameterizedTest(name = "{0}?{1}=...")
    @CsvSource({
        "/techniques, area", "/techniques, tool", "/techniques, kind", "/techniques, q", "/routines/new, area",
        "/, area", "/conditions, q", "/routines/{id}/steps/1, seconds", "/routines/{id}, x"})
    void aQueryParameterNeverBreaksThePage(String path, String parameter) throws Exception {
        String page = path.replace("{id}", routineId);
        tryEach(page + "?" + parameter, HostileInputs.corpus(parameter.hashCode(), TRIES),
            value -> get(page).param(parameter, value).accept(MediaType.TEXT_HTML), statuses(200, 400));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/techniques/{x}", "/routines/{x}", "/routines/{x}/steps/1", "/routines/{id}/steps/{x}", "/routines/{x}/finish",
        "/routines/{x}/sheet", "/routines/{x}/sheet.pdf"})
    void aPathVariableNeverBreaksThePage(String template) throws Exception {
        String path = template.replace("{id}", routineId);
        tryEach(path, HostileInputs.corpus(template.hashCode(), TRIES),
            value -> get(path, value).accept(MediaType.TEXT_HTML), statuses(200, 400, 404));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/techniques", "/routines/new", "/conditions"})
    void repeatedEmptyAndUnknownParametersNeverBreakThePage(String path) throws Exception {
        var random = new Random(path.hashCode());
        List<String> corpus = HostileInputs.corpus(path.hashCode(), TRIES);
        tryEach(path + "?(many)", corpus, value -> withRandomParameters(get(path), random, corpus).accept(MediaType.TEXT_HTML),
            statuses(200, 400));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/actuator/health", "/actuator/health/readiness", "/v3/api-docs", "/swagger-ui/index.html"})
    void operatorsEndpointsNeverBreakEither(String path) throws Exception {
        var random = new Random(path.hashCode());
        List<String> corpus = HostileInputs.corpus(path.hashCode(), TRIES);
        tryEach(path + "?(many)", corpus, value -> withRandomParameters(get(path), random, corpus), statuses(200, 400));
        tryEach(path + "/{x}", corpus, value -> get(path + "/{x}", value), statuses(200, 400, 404));
    }

    @Test
    void aGarbledFlashCookieIsNeverAnError() throws Exception {
        List<String> corpus = HostileInputs.corpus(41, TRIES).stream()
            .filter(value -> value.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ';' && c != ',')).toList();
        tryEach("Cookie: unknot-flash=...", corpus,
            value -> get("/routines/" + routineId).cookie(new Cookie("unknot-flash", value)).accept(MediaType.TEXT_HTML),
            statuses(200));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/techniques", "/routines/new"})
    void aWrongMethodIsA405(String path) throws Exception {
        tryEach("POST " + path, List.of("", "<script>alert(1)</script>"),
            value -> post(path).param("q", value).accept(MediaType.TEXT_HTML), statuses(405));
    }

    static MockHttpServletRequestBuilder withRandomParameters(MockHttpServletRequestBuilder request, Random random,
            List<String> corpus) {
        List<String> names = List.of("area", "tool", "kind", "q", "", "area[]", "x", "seconds");
        for (int i = random.nextInt(8); i > 0; i--) {
            String name = random.nextInt(5) == 0 ? corpus.get(random.nextInt(corpus.size())) : names.get(random.nextInt(names.size()));
            request.param(name, HostileInputs.someOf(random, corpus).toArray(String[]::new));
        }
        return request;
    }
}
