package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Chromium itself judges whether it would offer to install Unknot: it reads the page's manifest,
 * fetches the icons and reports what stands in the way. This Chromium (156) asks for no service
 * worker, so nothing may stand in the way.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class InstallBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void chromiumWouldInstallUnknotFromItsHomePage() {
        browser.driver().get("http://localhost:" + port + "/");

        assertThat(installabilityErrors()).isEmpty();
        Map<String, Object> manifest = browser.driver().executeCdpCommand("Page.getAppManifest", Map.of());
        assertThat((String) manifest.get("url")).endsWith("/manifest-en.webmanifest");
        assertThat((List<?>) manifest.get("errors")).as("manifest errors").isEmpty();
    }

    @Test
    void andFromATechniqueInGermanWithTheGermanManifest() {
        browser.driver().get("http://localhost:" + port + "/techniques/flat-back-90-90?lang=de");

        assertThat(installabilityErrors()).isEmpty();
        Map<String, Object> manifest = browser.driver().executeCdpCommand("Page.getAppManifest", Map.of());
        assertThat((String) manifest.get("url")).endsWith("/manifest-de.webmanifest");
        assertThat((String) manifest.get("data")).contains("\"lang\":\"de\"", "Selbstmassage");
    }

    private List<?> installabilityErrors() {
        return (List<?>) browser.driver().executeCdpCommand("Page.getInstallabilityErrors", Map.of()).get("installabilityErrors");
    }
}
