package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The whole app over real HTTP: migrations, JPA, controllers, views and error handling together. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class UnknotApplicationTests {

    @Autowired
    RestTestClient client;
    @Autowired
    ApplicationContext context;

    @Test
    void welcomePageSaysWhatTheAppIsAndIsNot() throws Exception {
        var response = get("/", "text/html");
        assertThat(response.getStatus().value()).isEqualTo(200);
        assertThat(response.getResponseBody()).contains("What Unknot is not", "not a doctor", "href=\"/techniques\"");
    }

    @Test
    void filteredCatalogPageRendersFromTheDatabase() throws Exception {
        var response = get("/techniques?area=lower-back&tool=foam-roller", "text/html");
        assertThat(response.getStatus().value()).isEqualTo(200);
        assertThat(response.getResponseBody()).contains("Foam rolling beside the lower spine").doesNotContain("Foam rolling the calves");
    }

    @Test
    void techniquePageShowsTheConditionsThatRuleItOut() throws Exception {
        var response = get("/techniques/massage-gun-legs", "text/html");
        assertThat(response.getStatus().value()).isEqualTo(200);
        assertThat(response.getResponseBody()).contains("Deep vein thrombosis (DVT)", "href=\"/conditions#dvt\"");
    }

    @Test
    void apiListsTechniquesAsJson() throws Exception {
        var response = get("/api/techniques?area=feet", "application/json");
        assertThat(response.getStatus().value()).isEqualTo(200);
        assertThat(Optional.ofNullable(response.getResponseHeaders().getFirst("Content-Type"))).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(response.getResponseBody()).contains("\"slug\":\"foot-ball-roll\"");
    }

    @Test
    void unknownPageIsTheFriendly404() throws Exception {
        var response = get("/no/such/page", "text/html");
        assertThat(response.getStatus().value()).isEqualTo(404);
        assertThat(response.getResponseBody()).contains("We could not find that page").doesNotContain("Whitelabel", "Exception");
    }

    @Test
    void unknownApiTechniqueIsA404Problem() throws Exception {
        var response = get("/api/techniques/nope", "application/json");
        assertThat(response.getStatus().value()).isEqualTo(404);
        assertThat(Optional.ofNullable(response.getResponseHeaders().getFirst("Content-Type"))).hasValue("application/problem+json");
    }

    @Test
    void badFilterIsA400WithNoInternals() throws Exception {
        var page = get("/techniques?kind=%3Cscript%3E", "text/html");
        assertThat(page.getStatus().value()).isEqualTo(400);
        assertThat(page.getResponseBody()).contains("The kind must be massage or stretch.").doesNotContain("<script>", "Exception");
        var api = get("/api/techniques?tool=spoon", "application/json");
        assertThat(api.getStatus().value()).isEqualTo(400);
        assertThat(api.getResponseBody()).contains("\"parameter\":\"tool\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void healthAndTheProbesAreUp(String path) {
        var response = get(path, "application/json");
        assertThat(response.getStatus().value()).isEqualTo(200);
        assertThat(response.getResponseBody()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics",
        "/actuator/heapdump", "/actuator/health/db"})
    void nothingElseOfTheActuatorIsExposed(String path) {
        assertThat(get(path, "application/json").getStatus().value()).isEqualTo(404);
    }

    /** Asked twice: the second answer comes from memory (RenderedPages) and must keep its headers. */
    @Test
    void apiPagePastTheEndIsEmptyAndLinksBack() {
        String total = get("/api/techniques", "application/json").getResponseHeaders().getFirst("X-Total-Count");
        for (int asked = 0; asked < 2; asked++) {
            var response = get("/api/techniques?page=9999", "application/json");
            assertThat(response.getStatus().value()).isEqualTo(200);
            assertThat(response.getResponseBody()).isEqualTo("[]");
            assertThat(response.getResponseHeaders().getFirst("X-Total-Count")).isEqualTo(total);
            assertThat(response.getResponseHeaders().getFirst("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        }
    }

    /** Metrics nobody reads would cost every request: a page from memory answered about a third fewer a second. */
    @Test
    void noMetricsAreCollected() {
        assertThat(context.getBeanNamesForType(MeterRegistry.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ObservationRegistry.class)).isEmpty();
    }

    private EntityExchangeResult<String> get(String path, String accept) {
        return client.get().uri(path).header("Accept", accept).exchange().returnResult(String.class);
    }
}
