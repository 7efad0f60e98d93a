package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** No page the app has, nor the form with every error showing, contains a message key it could not find. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessageKeysOnPagesTests {

    /** How Thymeleaf shows a key it has no message for: ??key_en??. */
    private static final String MISSING = "??";

    @Autowired
    RestTestClient client;

    private AppPages app;

    @BeforeAll
    void saveRoutines() {
        app = AppPages.saveRoutines(client);
    }

    Stream<AppPages.Page> pages() {
        return app.pages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyMessageOnThePageWasFound(AppPages.Page page) {
        String html = client.get().uri(page.path()).accept(MediaType.TEXT_HTML).exchange()
            .returnResult(String.class).getResponseBody();

        assertThat(html).as(page.path()).isNotBlank().doesNotContain(MISSING);
    }

    @Test
    void everyErrorMessageOfTheFormWasFound() {
        String html = client.post().uri("/routines").contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body("areas=elbow&minutes=ten&performer=robot&painLevel=&painWeeks=999&conditions=fracture&tools=x")
            .exchange().returnResult(String.class).getResponseBody();

        assertThat(html).contains("error-summary").doesNotContain(MISSING);
    }
}
