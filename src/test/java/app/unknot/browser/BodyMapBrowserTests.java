package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The builder's body map: each region is its area's checkbox, by mouse and by keyboard. */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class BodyMapBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The chosen colour, --accent in unknot.css. */
    private static final String CHOSEN = "rgb(29, 94, 99)";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"head", "neck", "chest", "lower-back", "glutes", "it-band", "calves", "feet"})
    void clickingARegionTicksItsAreaAndClickingAgainUnticksIt(String area) {
        browser.driver().get("http://localhost:" + port + "/routines/new");
        WebElement shape = browser.driver().findElement(By.cssSelector("label.region[data-area='" + area + "'] .shape"));

        shape.click();
        assertThat(ticked()).containsExactly(area);
        assertThat(shape.getCssValue("fill")).isEqualTo(CHOSEN);

        shape.click();
        assertThat(ticked()).isEmpty();
        assertThat(shape.getCssValue("fill")).isNotEqualTo(CHOSEN);
    }

    @Test
    void theKeyboardReachesEachAreaAndSpaceTicksAndUnticksIt() {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/routines/new");
        WebElement jaw = box("jaw");
        jaw.click();
        jaw.click();
        new Actions(driver).sendKeys(Keys.TAB).perform();

        assertThat(driver.switchTo().activeElement().getDomAttribute("value")).isEqualTo("neck");
        WebElement name = driver.findElement(By.cssSelector("label.region[data-area='neck'] .region-name"));
        assertThat(name.isDisplayed()).isTrue();
        assertThat(name.getText()).isEqualTo("Neck");
        WebElement shape = driver.findElement(By.cssSelector("label.region[data-area='neck'] .shape"));

        new Actions(driver).sendKeys(Keys.SPACE).perform();
        assertThat(ticked()).containsExactly("neck");
        assertThat(shape.getCssValue("fill")).isEqualTo(CHOSEN);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        assertThat(ticked()).isEmpty();
    }

    @Test
    void eachAreaIsNamedOnceForScreenReadersAndItsRegionOnlyOnHover() {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/routines/new");
        assertThat(box("lower-back").getAccessibleName()).isEqualTo("Lower back");
        WebElement name = driver.findElement(By.cssSelector("label.region[data-area='lower-back'] .region-name"));
        assertThat(name.isDisplayed()).isFalse();

        new Actions(driver).moveToElement(driver.findElement(By.cssSelector("label.region[data-area='lower-back'] .shape"))).perform();
        assertThat(name.isDisplayed()).isTrue();
    }

    @Test
    void anAreaPresetFromATechniqueIsShownChosen() {
        browser.driver().get("http://localhost:" + port + "/routines/new?area=hamstrings");
        assertThat(ticked()).containsExactly("hamstrings");
        assertThat(browser.driver().findElement(By.cssSelector("label.region[data-area='hamstrings'] .shape"))
            .getCssValue("fill")).isEqualTo(CHOSEN);
    }

    /** Both maps fit a phone and a desk without sideways scrolling; screenshots go to target/screenshots/ to be looked at. */
    @Test
    void theMapsFitAPhoneAndADesk() throws Exception {
        ChromeDriver driver = browser.driver();
        for (Dimension screen : List.of(new Dimension(390, 844), new Dimension(1280, 900))) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width,
                "height", screen.height, "deviceScaleFactor", 1, "mobile", screen.width < 600));
            for (String page : List.of("/techniques?area=lower-back", "/routines/new?area=neck")) {
                driver.get("http://localhost:" + port + page);
                WebElement map = driver.findElement(By.cssSelector("svg.body-map"));
                driver.executeScript("arguments[0].scrollIntoView()", map);
                assertThat(map.getRect().getX() + map.getRect().getWidth()).as("%s on %s", page, screen).isLessThanOrEqualTo(screen.width);
                assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(screen.width);
                Files.createDirectories(SCREENSHOTS);
                String name = "body-map-" + (page.startsWith("/techniques") ? "catalog-" : "form-") + screen.width + ".png";
                Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static WebElement box(String area) {
        return browser.driver().findElement(By.cssSelector("input[name='areas'][value='" + area + "']"));
    }

    private static List<String> ticked() {
        return browser.driver().findElements(By.cssSelector("input[name='areas']")).stream().filter(WebElement::isSelected)
            .map(box -> box.getDomAttribute("value")).toList();
    }
}
