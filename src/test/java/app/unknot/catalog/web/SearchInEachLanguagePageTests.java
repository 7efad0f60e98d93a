package app.unknot.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The catalog page searches in the reader's language: their words find techniques, another language's do not. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class SearchInEachLanguagePageTests {

    @Autowired
    RestTestClient client;

    @ParameterizedTest(name = "{0}: \"{1}\" lists {2}")
    @CsvSource(delimiter = '|', value = {
        "es    | nuca            | self-neck-massage",
        "es-MX | cuello          | neck-side-stretch",
        "de    | Rückenschmerzen | foam-roll-lower-back",
        "en    | neck            | self-neck-massage"})
    void theReadersWordsFindTechniques(String language, String text, String slug) {
        assertThat(listed(language, text)).contains("/techniques/" + slug).doesNotContain("/techniques/foot-ball-roll");
    }

    @ParameterizedTest(name = "{0}: \"{1}\" lists nothing")
    @CsvSource(delimiter = '|', value = {"en | nuca", "es | Nacken", "de | nuca"})
    void anotherLanguagesWordsFindNothing(String language, String text) {
        assertThat(listed(language, text)).isEmpty();
    }

    private List<String> listed(String language, String text) {
        String page = client.get().uri("/techniques?q={q}", text).header("Accept", "text/html").header("Accept-Language", language)
            .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
        return Jsoup.parse(page).select(".technique-list h2 a").eachAttr("href");
    }
}
