package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person opens the catalog in a real browser, filters it, and opens a technique; the pictures load. Screenshots go to target/screenshots/. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class CatalogBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void filtersTheCatalogAndOpensATechnique() throws IOException {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/");
        driver.findElement(By.linkText("Browse techniques and stretches")).click();
        browser.waitUntil(ExpectedConditions.urlMatches("/techniques$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Techniques and stretches");

        new Select(driver.findElement(By.id("area"))).selectByVisibleText("Lower back");
        new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Stretch");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.urlContains("area=lower-back"));

        assertThat(driver.getCurrentUrl()).contains("area=lower-back").contains("kind=stretch");
        List<String> names = driver.findElements(By.cssSelector(".technique-list h2")).stream()
            .map(WebElement::getText).toList();
        assertThat(names).contains("Flat back (90/90)", "Gentle supine twist").doesNotContain("Petrissage (kneading)");
        assertThat(loadedPictures(driver)).isEqualTo(names.size());
        screenshot(driver, "catalog-list.png");

        driver.findElement(By.linkText("Flat back (90/90)")).click();
        browser.waitUntil(ExpectedConditions.urlMatches("/techniques/flat-back-90-90$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Flat back (90/90)");
        assertThat(driver.findElements(By.cssSelector("ol.steps li"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElement(By.id("cautions-heading")).isDisplayed()).isTrue();
        assertThat(loadedPictures(driver)).isEqualTo(1);
        assertThat(driver.findElement(By.cssSelector("img.picture-page")).getAttribute("alt"))
            .startsWith("Lying on the back on the floor, lower legs resting on a couch");
        screenshot(driver, "technique.png");
    }

    /** Pictures the browser fetched and could draw. */
    private static long loadedPictures(ChromeDriver driver) {
        return (Long) driver.executeScript("return [...document.querySelectorAll('img.picture')]"
            + ".filter(picture => picture.complete && picture.naturalWidth > 0).length;");
    }

    private static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
