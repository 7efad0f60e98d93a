package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Every page, as the running app serves it, passes the Nu Html Checker with no errors (warnings allowed). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityTests {

    private static final AtomicInteger CHECKED = new AtomicInteger();

    @Autowired
    RestTestClient client;

    private AppPages app;
    private HtmlChecker checker;

    @BeforeAll
    void saveRoutinesAndStartTheChecker() throws Exception {
        app = AppPages.saveRoutines(client);
        checker = new HtmlChecker();
    }

    Stream<AppPages.Page> pages() {
        return app.pages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageIsValidHtml(AppPages.Page page) throws Exception {
        EntityExchangeResult<String> response = client.get().uri(page.path()).accept(MediaType.TEXT_HTML).exchange()
            .returnResult(String.class);

        assertThat(response.getStatus().value()).as(page.path()).isEqualTo(page.status());
        assertValid(page.path(), response.getResponseBody());
    }

    @Test
    void builderFormWithErrorsIsValidHtml() throws Exception {
        EntityExchangeResult<String> response = client.post().uri("/routines")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("minutes=&painLevel=11&painWeeks=-1&conditions=fracture")
            .exchange().returnResult(String.class);

        assertThat(response.getStatus().value()).isEqualTo(400);
        assertThat(response.getResponseBody()).contains("error-summary");
        assertValid("POST /routines with errors", response.getResponseBody());
    }

    @Test
    void theRefusalOfAFormSentFromAnotherSiteIsValidHtml() throws Exception {
        EntityExchangeResult<String> response = client.post().uri("/routines").header("Sec-Fetch-Site", "cross-site")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("minutes=15").exchange().returnResult(String.class);

        assertThat(response.getStatus().value()).isEqualTo(403);
        assertValid("POST /routines from another site", response.getResponseBody());
    }

    @Test
    void theCheckerItselfFindsErrors() throws Exception {
        assertThat(checker.errors("""
            <!DOCTYPE html><html lang="en"><head><title>t</title></head>
            <body><p id="a">x</p><p id="a">y</p></body></html>""")).singleElement().asString().contains("Duplicate ID");
    }

    @AfterAll
    static void reportCount() {
        System.out.println("HTML checker: " + CHECKED.get() + " pages checked");
    }

    private void assertValid(String page, String html) throws Exception {
        List<String> errors = checker.errors(html);
        CHECKED.incrementAndGet();
        assertThat(errors).as("Nu Html Checker errors on %s", page).isEmpty();
    }
}
