package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page, as the running app serves it, passes the Nu Html Checker with no errors (warnings allowed). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityTests {

    private static final AtomicInteger CHECKED = new AtomicInteger();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private AppPages app;
    private HtmlChecker checker;

    @BeforeAll
    void saveRoutinesAndStartTheChecker() throws Exception {
        app = AppPages.saveRoutines(port);
        checker = new HtmlChecker();
    }

    Stream<AppPages.Page> pages() {
        return app.pages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageIsValidHtml(AppPages.Page page) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(page.path())))
            .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(page.path()).isEqualTo(page.status());
        assertValid(page.path(), response.body());
    }

    @Test
    void builderFormWithErrorsIsValidHtml() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url("/routines")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("minutes=&painLevel=11&painWeeks=-1&conditions=fracture")).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("error-summary");
        assertValid("POST /routines with errors", response.body());
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void assertValid(String page, String html) throws Exception {
        List<String> errors = checker.errors(html);
        CHECKED.incrementAndGet();
        assertThat(errors).as("Nu Html Checker errors on %s", page).isEmpty();
    }
}
