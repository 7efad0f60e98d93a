package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Someone who uses only a keyboard can skip the header and build a routine. */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class KeyboardBrowserTests {

    /** More tab stops than any page has: reaching it means the element is not reachable by keyboard. */
    private static final int MAX_TABS = 150;

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
        browser.driver().get("http://localhost:" + port + "/techniques");

        press(Keys.TAB);
        WebElement first = focused();
        assertThat(first.getAttribute("class")).isEqualTo("skip-link");
        assertThat(first.isDisplayed()).as("visible when focused").isTrue();
        assertThat(first.getText()).isEqualTo("Skip to main content");

        press(Keys.ENTER);
        assertThat(focused().getAttribute("id")).isEqualTo("main");
        press(Keys.TAB);
        // The search comes first in the catalog; the filters and the body map are folded behind one control.
        assertThat(focused().getAttribute("id")).as("next stop is inside main, not the header").isEqualTo("q");
    }

    @Test
    void theBuilderFormCanBeFilledAndSentWithTheKeyboardOnly() {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/routines/new?area=lower-back");

        tabTo(element -> "tennis-ball".equals(element.getAttribute("value")));
        press(Keys.SPACE);
        assertThat(focused().isSelected()).as("tennis ball ticked with Space").isTrue();

        tabTo(element -> "painLevel".equals(element.getAttribute("name")));
        assertThat(focused().getAttribute("value")).as("the pain scale starts at 0").isEqualTo("0");
        for (int i = 0; i < 4; i++) {
            press(Keys.ARROW_RIGHT);
        }
        assertThat(focused().getAttribute("value")).isEqualTo("4");
        assertThat(focused().isSelected()).as("the arrow keys choose along the scale").isTrue();

        tabTo(element -> "submit".equals(element.getAttribute("type")));
        press(Keys.ENTER);

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlMatches(".*/routines/[A-Za-z0-9_-]{22}$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your routine for: Lower back");
    }

    @Test
    void aRadioChoiceIsMadeWithTheArrowKeys() {
        browser.driver().get("http://localhost:" + port + "/routines/new");

        tabTo(element -> "radio".equals(element.getAttribute("type")));
        assertThat(focused().getAttribute("value")).isEqualTo("self");
        press(Keys.ARROW_DOWN);

        assertThat(focused().getAttribute("value")).isEqualTo("partner");
        assertThat(focused().isSelected()).isTrue();
    }

    private static void tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            press(Keys.TAB);
            if (wanted.test(focused())) {
                return;
            }
        }
        throw new AssertionError("Not reachable with Tab in " + MAX_TABS + " presses");
    }

    private static WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private static void press(CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }
}
