package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person opens the catalog in a real browser, filters it, and opens a technique. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class CatalogBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void filtersTheCatalogAndOpensATechnique() {
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

        driver.findElement(By.linkText("Flat back (90/90)")).click();
        browser.waitUntil(ExpectedConditions.urlMatches("/techniques/flat-back-90-90$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Flat back (90/90)");
        assertThat(driver.findElements(By.cssSelector("ol.steps li"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElement(By.id("cautions-heading")).isDisplayed()).isTrue();
    }
}
