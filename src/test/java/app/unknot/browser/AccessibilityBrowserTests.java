package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import app.unknot.system.AppPages;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Every page has no axe-core violations of WCAG 2.2 A and AA, in a real browser. */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTests {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final AtomicInteger CHECKED = new AtomicInteger();
    /** Runs before any page script and records what the Content-Security-Policy blocked. */
    private static final String CSP_LISTENER = "window.cspViolations = [];"
        + "document.addEventListener('securitypolicyviolation',"
        + " e => window.cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    RestTestClient client;

    private AppPages app;

    @BeforeAll
    void saveRoutinesAndWatchTheContentSecurityPolicy() throws Exception {
        app = AppPages.saveRoutines(client);
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
    }

    Stream<AppPages.Page> pages() {
        return app.pages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageHasNoAccessibilityViolations(AppPages.Page page) {
        browser.driver().get("http://localhost:" + port + page.path());
        assertThat(browser.driver().findElement(By.tagName("h1")).isDisplayed()).as("%s rendered", page).isTrue();

        assertNoViolations(page.toString());
    }

    @Test
    void builderFormWithErrorsHasNoAccessibilityViolations() {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/routines/new");
        driver.findElement(By.cssSelector("form.routine-form button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));

        assertNoViolations("builder form with errors (POST /routines)");
    }

    @Test
    void axeItselfFindsViolations() {
        browser.driver().get("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>");

        assertThat(axe().analyze(browser.driver()).getViolations()).extracting(Rule::getId)
            .contains("image-alt", "label", "html-has-lang");
    }

    @Test
    void theBrowserEnforcesTheContentSecurityPolicyAndTheWatcherSeesIt() {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/");
        driver.executeScript("document.body.setAttribute('style', 'background: red');"
            + "var s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.body.appendChild(s);");

        new WebDriverWait(driver, Duration.ofSeconds(2))
            .until(d -> !((List<?>) driver.executeScript("return window.cspViolations;")).isEmpty());
        assertThat(driver.executeScript("return window.inlineRan === true;")).isEqualTo(false);
    }

    @AfterAll
    static void reportCount() {
        System.out.println("axe-core: " + CHECKED.get() + " pages checked");
    }

    private static void assertNoViolations(String page) {
        List<Rule> violations = axe().analyze(browser.driver()).getViolations();
        CHECKED.incrementAndGet();
        assertThat(violations).as("axe-core violations on %s at %s:%n%s", page, browser.driver().getCurrentUrl(),
            describe(violations)).isEmpty();
        assertThat((List<?>) browser.driver().executeScript("return window.cspViolations || [];"))
            .as("what the Content-Security-Policy blocked on %s", page).isEmpty();
    }

    private static AxeBuilder axe() {
        return new AxeBuilder().withTags(WCAG_22_AA);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + rule.getNodes().stream().map(node -> "\n    at " + node.getTarget() + ": " + node.getHtml())
                    .collect(Collectors.joining()))
            .collect(Collectors.joining("\n"));
    }
}
