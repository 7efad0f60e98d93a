package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The walkthrough speaks its cues in the page's language with the device's best voice for it, and
 * says so plainly when the device has none. Headless Chromium has no voices, so the page is given a
 * device's list (and a recorder in place of speech) before its scripts run; {@code window.__voices}
 * holds the languages of the voices the device lists.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class SpokenCuesBrowserTests {

    private static final String DEVICE = """
        const voices = (sessionStorage.getItem('voices') || '').split(',').filter(Boolean)
          .map((tag) => { const [lang, where] = tag.split(':'); return { lang, name: tag, localService: where === 'local' }; });
        window.__used = [];
        window.SpeechSynthesisUtterance = function (text) { this.text = text; };
        Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
          getVoices() { return voices; },
          addEventListener() {},
          speak(utterance) { if (utterance.text.trim()) { window.__used.push(utterance.lang + ' ' + (utterance.voice ? utterance.voice.name : '-')); } },
          cancel() {}
        } });
        """;

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    RestTestClient client;

    @ParameterizedTest(name = "a {0} page on a device with voices [{1}]: note shown {2}")
    @CsvSource(delimiter = '|', textBlock = """
        es | en-GB:local                        | true
        de | en-GB:local,es-ES:local            | true
        es | en-GB:local,es-ES:local            | false
        de | de-DE:network                      | false
        en | en-US:local                        | false
        en | ''                                 | false
        """)
    void notesADeviceWithNoVoiceForThePagesLanguage(String language, String voices, boolean noted) {
        ChromeDriver driver = onDevice(voices);
        driver.get(url("/routines/" + routine() + "/steps/1?lang=" + language));
        WebElement note = driver.findElement(By.id("timer-no-voice"));
        assertThat(note.isDisplayed()).as("the no-voice note").isEqualTo(noted);
        if (noted) {
            assertThat(note.getText()).as("in the page's language").doesNotContain("English voice")
                .isNotBlank();
        }
    }

    /** The page is Spanish for a browser in the United States: es-US, its country kept from Accept-Language. */
    @ParameterizedTest(name = "voices [{0}]: speaks with {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en-US:local,es-ES:network,es-MX:local           | es-MX:local
        en-US:local,es-MX:local,es-US:network           | es-US:network
        en-US:local,es-US:network,es-MX:local,es-US:local | es-US:local
        """)
    void speaksInThePagesLanguageWithTheVoiceOfItsCountryFirstThenOneOnTheDevice(String voices, String voice) {
        ChromeDriver driver = onDevice(voices);
        driver.get(url("/routines/" + routine() + "/steps/1?lang=es&seconds=1"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es-US");
        driver.findElement(By.id("timer-toggle")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
            .until(ExpectedConditions.attributeToBe(By.id("timer"), "data-state", "done"));
        @SuppressWarnings("unchecked")
        List<String> used = (List<String>) driver.executeScript("return window.__used");
        assertThat(used).isNotEmpty().allMatch(spoken -> spoken.equals("es-US " + voice));
    }

    /** A device listing these voices (language:local or :network), with speech on and moving on by hand. */
    private ChromeDriver onDevice(String voices) {
        ChromeDriver driver = browser.driver();
        driver.get(url("/techniques"));
        driver.executeScript("sessionStorage.setItem('voices', arguments[0]); localStorage.setItem('unknot.speakCues', 'on'); localStorage.setItem('unknot.autoAdvance', 'off');",
            voices);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DEVICE));
        driver.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent",
            driver.executeScript("return navigator.userAgent"), "acceptLanguage", "en-US,en"));
        return driver;
    }

    private String routine() {
        String body = client.post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON)
            .body("{\"areas\":[\"neck\"],\"minutes\":10,\"performer\":\"self\",\"painLevel\":2}")
            .exchange().expectStatus().isCreated().returnResult(String.class).getResponseBody();
        return body.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([A-Za-z0-9_-]{22})\".*", "$1");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
