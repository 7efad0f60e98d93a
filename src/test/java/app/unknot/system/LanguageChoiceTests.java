package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/** ?lang= chooses a language for a year, the browser's language stands in until then, and every page offers the others. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class LanguageChoiceTests {

    @Autowired
    RestTestClient client;

    @Test
    void aChoiceIsRememberedForAYearAndTheAddressLosesIt() {
        var chosen = client.get().uri("/techniques?q=back&lang=es&area=neck").exchange().returnResult(String.class);

        assertThat(chosen.getStatus().value()).isEqualTo(303);
        assertThat(chosen.getResponseHeaders().getFirst("Location")).isEqualTo("/techniques?q=back&area=neck");
        assertThat(chosen.getResponseHeaders().getFirst("Set-Cookie"))
            .contains("unknot-lang=es", "Max-Age=31536000", "HttpOnly", "SameSite=Lax");
        assertThat(page("/techniques", "unknot-lang=es", "en-GB").selectFirst("html").attr("lang")).isEqualTo("es-GB");
    }

    @Test
    void aLanguageUnknotDoesNotSpeakIsDroppedFromTheAddressAndNotRemembered() {
        var asked = client.get().uri("/?lang=fr").exchange().returnResult(String.class);

        assertThat(asked.getStatus().value()).isEqualTo(303);
        assertThat(asked.getResponseHeaders().getFirst("Location")).isEqualTo("/");
        assertThat(asked.getResponseHeaders().get("Set-Cookie")).isNull();
    }

    @Test
    void withoutAChoiceTheBrowsersLanguageAndCountryCount() {
        assertThat(page("/", null, "de-AT,de;q=0.9").selectFirst("html").attr("lang")).isEqualTo("de-AT");
        assertThat(page("/", null, null).selectFirst("html").attr("lang")).isEqualTo("en-GB");
    }

    @Test
    void everyPageOffersItselfInEachLanguageNamedInThatLanguage() {
        Document catalog = page("/techniques?q=neck", null, "es-ES");

        assertThat(catalog.select("nav.languages a")).extracting(a -> a.text() + " " + a.attr("hreflang") + " " + a.attr("href"))
            .containsExactly("English en /techniques?q=neck&lang=en", "Español es /techniques?q=neck&lang=es",
                "Deutsch de /techniques?q=neck&lang=de");
        assertThat(catalog.select("nav.languages a[aria-current]")).extracting(a -> a.attr("lang")).containsExactly("es");
        assertThat(page("/no/such/page", null, "de").select("nav.languages a").first().attr("href"))
            .as("an error page offers the address that failed").isEqualTo("/no/such/page?lang=en");
    }

    @Test
    void keptPagesAreKeptPerLanguage() {
        assertThat(page("/techniques", null, "en").selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page("/techniques", null, "de").selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(page("/techniques", "unknot-lang=es", "de").selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page("/techniques", null, "en").selectFirst("html").attr("lang")).isEqualTo("en-GB");
    }

    private Document page(String path, String cookie, String acceptLanguage) {
        var request = client.get().uri(path).header("Accept", "text/html");
        if (cookie != null) {
            request = request.header("Cookie", cookie);
        }
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        EntityExchangeResult<String> answer = request.exchange().returnResult(String.class);
        return Jsoup.parse(answer.getResponseBody());
    }
}
