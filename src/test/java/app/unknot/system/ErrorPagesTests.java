package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Failures the app did not plan for: the person sees the app's own page (or an API client a
 * problem) with a reference to quote and nothing else; the log has the reference and the cause.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import({RestTestClients.class, ErrorPagesTests.FailingPages.class, ErrorPagesTests.FailingApi.class})
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTests {

    private static final String SECRET = "secret-internal-detail";

    @Autowired
    RestTestClient client;

    @Controller
    static class FailingPages {

        @GetMapping("/test/failing-handler")
        String failingHandler() {
            throw new IllegalStateException(SECRET);
        }

        /** Fails half-way through rendering a real template, after the response became text/html. */
        @GetMapping("/test/failing-view")
        String failingView(Model model) {
            model.addAttribute("routine", SECRET);
            return "routine/show";
        }
    }

    @RestController
    static class FailingApi {

        @GetMapping("/api/test/failing")
        String failing() {
            throw new IllegalStateException(SECRET);
        }
    }

    @Test
    void aFailingPageShowsTheFriendly500WithTheRequestIdAndNoInternals(CapturedOutput log) throws Exception {
        var response = get("/test/failing-handler", "text/html");

        String id = requestId(response);
        assertThat(response.getStatus().value()).isEqualTo(500);
        assertThat(Optional.ofNullable(response.getResponseHeaders().getFirst("Content-Type"))).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.getResponseBody()).contains("Something went wrong on our side", id);
        assertNoInternals(response.getResponseBody());
        assertThat(new HtmlChecker().errors(response.getResponseBody())).as("valid HTML").isEmpty();
        assertThat(log.getOut()).contains(id, "IllegalStateException", SECRET);
    }

    @Test
    void aPageThatFailsWhileRenderingForAcceptAnythingStillGetsTheHtmlErrorPage(CapturedOutput log) throws Exception {
        var response = get("/test/failing-view", "*/*");

        String id = requestId(response);
        assertThat(response.getStatus().value()).isEqualTo(500);
        assertThat(Optional.ofNullable(response.getResponseHeaders().getFirst("Content-Type"))).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.getResponseBody()).contains("Something went wrong on our side", id);
        assertNoInternals(response.getResponseBody());
        assertThat(log.getOut()).contains(id);
    }

    @Test
    void aFailingApiCallIsA500ProblemWithOnlyTheRequestId(CapturedOutput log) throws Exception {
        var response = get("/api/test/failing", "*/*");

        String id = requestId(response);
        assertThat(response.getStatus().value()).isEqualTo(500);
        assertThat(Optional.ofNullable(response.getResponseHeaders().getFirst("Content-Type"))).hasValue("application/problem+json");
        assertThat(response.getResponseBody()).contains("\"requestId\":\"" + id + "\"");
        assertNoInternals(response.getResponseBody());
        assertThat(log.getOut()).contains(id, SECRET);
    }

    @Test
    void anUnknownPageForAcceptAnythingIsTheFriendly404() throws Exception {
        var response = get("/no/such/page", "*/*");

        assertThat(response.getStatus().value()).isEqualTo(404);
        assertThat(response.getResponseBody()).contains("We could not find that page", "class=\"skip-link\"");
    }

    @Test
    void anUnknownApiAddressIsA404ProblemWhateverTheAcceptHeader() throws Exception {
        var response = get("/api/no-such-thing", "text/html");

        assertThat(response.getStatus().value()).isEqualTo(404);
        assertThat(Optional.ofNullable(response.getResponseHeaders().getFirst("Content-Type"))).hasValue("application/problem+json");
        assertThat(response.getResponseBody()).contains("\"status\":404", "\"instance\":\"/api/no-such-thing\"");
    }

    @Test
    void theErrorPageOnItsOwnIsNotAPage() throws Exception {
        assertThat(get("/error", "text/html").getStatus().value()).isEqualTo(404);
    }

    private static String requestId(EntityExchangeResult<String> response) {
        return Optional.ofNullable(response.getResponseHeaders().getFirst("X-Request-Id")).orElseThrow();
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain(SECRET, "Exception", "at app.unknot", "org.springframework", "org.thymeleaf",
            "Whitelabel");
    }

    private EntityExchangeResult<String> get(String path, String accept) {
        return client.get().uri(path).header("Accept", accept).exchange().returnResult(String.class);
    }
}
