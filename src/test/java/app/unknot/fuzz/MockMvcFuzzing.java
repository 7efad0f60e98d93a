package app.unknot.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The whole app behind MockMvc (filters included, no network), for throwing many generated inputs
 * at it quickly. Each property runs one request per input and reports every input that broke a
 * promise of {@link ResponseChecks}.
 */
// Hundreds of inputs go to one routine: caps high, so each one reaches validation instead of a 409.
@SpringBootTest(properties = {"unknot.limits.sessions-per-day=100000", "unknot.limits.sessions-per-routine=100000",
    "unknot.limits.versions-per-routine=100000"})
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
abstract class MockMvcFuzzing {

    /** Inputs per property: enough to find the usual suspects, few enough to keep the build fast. */
    static final int TRIES = 200;

    @Autowired
    MockMvc mvc;

    /** Sends one request per input and checks each answer. */
    void tryEach(String what, List<String> inputs, Function<String, RequestBuilder> request, Collection<Integer> statuses)
            throws Exception {
        var checks = new ResponseChecks();
        for (String input : inputs) {
            MockHttpServletResponse response = mvc.perform(request.apply(input)).andReturn().getResponse();
            checks.check(what, input, response.getStatus(), response.getContentType(),
                response.getContentAsString(StandardCharsets.UTF_8), statuses);
        }
        assertThat(checks.failures()).as("hostile inputs that broke %s", what).isEmpty();
    }

    @AfterAll
    static void reportTries() {
        System.out.println("fuzz: " + ResponseChecks.TRIED.get() + " generated inputs tried so far");
    }
}
