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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A therapist shapes a client's routine in a real browser: moves, removes and adds steps with the
 * page's buttons, writes notes and how often, saves a new version, and hands out a sheet that reads
 * on a phone without sideways scrolling and prints with room for notes.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class TherapistBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String ROUTINE_ADDRESS = ".*/routines/[A-Za-z0-9_-]{22}$";
    private static final List<Dimension> SCREENS = List.of(new Dimension(390, 844), new Dimension(1280, 900));

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void shapesAVersionAndHandsOutItsSheet() throws Exception {
        ChromeDriver driver = browser.driver();
        driver.get(url("/routines/new?area=lower-back"));
        driver.findElement(By.cssSelector("input[name=conditions][value=blood-thinners]")).click();
        driver.findElement(By.cssSelector("input[name=painLevel][value='3']")).click();
        driver.findElement(By.cssSelector("form.routine-form button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.urlMatches(ROUTINE_ADDRESS));
        String first = driver.getCurrentUrl();

        driver.findElement(By.linkText("Adjust this routine")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/adjust"));
        List<String> before = stepNames(driver);
        screenshots(driver, "adjust");

        post(driver, driver.findElement(By.cssSelector("#step-1 button[name=up]")));
        assertThat(stepNames(driver)).containsExactlyElementsOf(swapFirstTwo(before));
        assertThat(driver.getCurrentUrl()).endsWith("#step-0");

        post(driver, driver.findElement(By.cssSelector("#step-" + (before.size() - 1) + " button[name=remove]")));
        assertThat(stepNames(driver)).hasSize(before.size() - 1);
        WebElement add = driver.findElement(By.cssSelector(".adjust-choices button[name=add]"));
        String added = add.findElement(By.xpath("..")).findElement(By.cssSelector(".choice-name")).getText();
        post(driver, add);
        assertThat(stepNames(driver)).contains(added);
        assertThat(driver.findElements(By.cssSelector(".adjust-choices li.not-addable button"))).isEmpty();

        new Select(driver.findElement(By.id("steps0.seconds"))).selectByIndex(0);
        driver.findElement(By.id("steps0.note")).sendKeys("Slow and light.");
        driver.findElement(By.id("notes")).sendKeys("Every morning, and after long sitting.");
        driver.findElement(By.id("frequency.times")).sendKeys("2");
        new Select(driver.findElement(By.id("frequency.per"))).selectByValue("day");
        driver.findElement(By.id("frequency.weeks")).sendKeys("4");
        driver.findElement(By.id("clientInitials")).sendKeys("AB");
        driver.findElement(By.id("preparedBy")).sendKeys("Jo Smith, Calm Back Clinic");
        driver.findElements(By.xpath("//button[text()='Save as a new version']")).get(1).click();
        browser.waitUntil(ExpectedConditions.urlMatches(ROUTINE_ADDRESS));

        assertThat(driver.getCurrentUrl()).isNotEqualTo(first);
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("new version");
        assertThat(driver.findElement(By.cssSelector(".handout")).getText())
            .contains("Jo Smith, Calm Back Clinic", "AB", "Twice a day for 4 weeks", "Every morning");
        String version = driver.getCurrentUrl();
        driver.get(first);
        assertThat(driver.findElement(By.cssSelector(".newer-version a")).getAttribute("href")).isEqualTo(version);

        for (Dimension screen : SCREENS) {
            emulate(driver, screen);
            driver.get(version + "/sheet?paper=a4");
            long wide = (Long) driver.executeScript("return document.documentElement.scrollWidth");
            assertThat(wide).as("sheet width on %s", screen).isLessThanOrEqualTo(screen.width);
            assertThat(driver.findElement(By.cssSelector(".sheet-steps .step-note")).getText()).contains("Slow and light.");
            assertThat(driver.findElement(By.cssSelector(".sheet-notes-box")).isDisplayed()).as("notes box on screen").isFalse();
            save(driver, "handout-sheet-" + screen.width);
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector(".sheet-notes-box")).isDisplayed()).as("notes box in print").isTrue();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Presses one of the page's edit buttons and waits for the page it posts to, so nothing is read from the old one. */
    private static void post(ChromeDriver driver, WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        browser.waitUntilGone(page);
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".adjust-steps h3")));
    }

    private static List<String> stepNames(ChromeDriver driver) {
        return driver.findElements(By.cssSelector(".adjust-steps h3")).stream()
            .map(heading -> heading.getText().replaceFirst("^\\d+\\.\\s*", "")).toList();
    }

    private static List<String> swapFirstTwo(List<String> names) {
        var swapped = new java.util.ArrayList<>(names);
        java.util.Collections.swap(swapped, 0, 1);
        return swapped;
    }

    private void screenshots(ChromeDriver driver, String name) throws Exception {
        String address = driver.getCurrentUrl();
        for (Dimension screen : SCREENS) {
            emulate(driver, screen);
            driver.get(address);
            save(driver, name + "-" + screen.width);
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.get(address);
    }

    private static void emulate(ChromeDriver driver, Dimension screen) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width,
            "height", screen.height, "deviceScaleFactor", 1, "mobile", screen.width < 600));
    }

    private static void save(ChromeDriver driver, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
            StandardCopyOption.REPLACE_EXISTING);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
