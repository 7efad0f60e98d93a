package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person opens the catalog in a real browser, filters it, and opens a technique; the pictures load. Screenshots go to target/screenshots/. */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class CatalogBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    /** The filters apply as they change (no button while script runs) and the address keeps them. */
    @Test
    void filtersTheCatalogAndOpensATechnique() throws IOException {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/");
        driver.findElement(By.linkText("Browse techniques and stretches")).click();
        browser.waitUntil(ExpectedConditions.urlMatches("/techniques$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Techniques and stretches");
        openFilters();
        assertThat(driver.findElements(By.cssSelector("form.filters button[type=submit]"))).noneMatch(WebElement::isDisplayed);

        new Select(driver.findElement(By.id("area"))).selectByVisibleText("Lower back");
        browser.waitUntil(ExpectedConditions.urlMatches("/techniques\\?area=lower-back$"));
        new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Stretch");
        browser.waitUntil(ExpectedConditions.urlMatches("/techniques\\?area=lower-back&kind=stretch$"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("result-count"),
            driver.findElements(By.cssSelector(".technique-list h2")).size() + " techniques found"));

        List<String> names = names();
        assertThat(names).contains("Flat back (90/90)", "Gentle supine twist").doesNotContain("Petrissage (kneading)");
        assertThat(driver.findElement(By.cssSelector(".body-map a.chosen")).getDomAttribute("data-area")).isEqualTo("lower-back");

        assertThat(driver.findElement(By.id("filter-summary")).getText()).isEqualTo("Filter (2 set)");

        driver.navigate().refresh();
        assertThat(new Select(driver.findElement(By.id("kind"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("stretch");
        assertThat(names()).isEqualTo(names);
        assertThat(loadedPictures(driver)).isEqualTo(names.size());
        browser.save("catalog-list.png");

        driver.findElement(By.linkText("Flat back (90/90)")).click();
        browser.waitUntil(ExpectedConditions.urlMatches("/techniques/flat-back-90-90$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Flat back (90/90)");
        assertThat(driver.findElements(By.cssSelector("ol.steps li"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElement(By.id("cautions-heading")).isDisplayed()).isTrue();
        assertThat(loadedPictures(driver)).isEqualTo(1);
        assertThat(driver.findElement(By.cssSelector("img.picture-page")).getAttribute("alt"))
            .startsWith("Lying on the back on the floor, lower legs resting on a couch");
        browser.save("technique.png");
    }

    /** Pictures the browser fetched and could draw. */
    private static long loadedPictures(ChromeDriver driver) {
        return (Long) driver.executeScript("return [...document.querySelectorAll('img.picture')]"
            + ".filter(picture => picture.complete && picture.naturalWidth > 0).length;");
    }

    @Test
    void aSearchInEverydayWordsAppliesAsOneTypesAndNarrowsByWhoDoesIt() {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/techniques");
        driver.findElement(By.id("q")).sendKeys("sciatica");
        browser.waitUntil(ExpectedConditions.urlMatches("/techniques\\?q=sciatica$"));
        browser.waitUntil(driver1 -> names().contains("Glute stretch: thread the needle (figure four)"));
        assertThat(names()).contains("Glute kneading and compression");

        openFilters();
        new Select(driver.findElement(By.id("by"))).selectByVisibleText("You, on your own");
        browser.waitUntil(ExpectedConditions.urlMatches("/techniques\\?q=sciatica&by=self$"));
        browser.waitUntil(driver1 -> !names().contains("Glute kneading and compression"));
        assertThat(names()).contains("Glute stretch: thread the needle (figure four)");
    }

    @Test
    void aRegionOfTheBodyMapListsThatAreasTechniques() {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/techniques?kind=massage");
        openFilters();
        WebElement calves = driver.findElement(By.cssSelector(".body-map a[data-area='calves'] path"));
        WebElement name = driver.findElement(By.cssSelector(".body-map a[data-area='calves'] .region-name"));
        assertThat(name.isDisplayed()).isFalse();
        new Actions(driver).moveToElement(calves).perform();
        assertThat(name.isDisplayed()).isTrue();
        assertThat(name.getText()).isEqualTo("Calves");
        calves.click();
        browser.waitUntil(ExpectedConditions.urlContains("area=calves"));

        assertThat(driver.getCurrentUrl()).contains("kind=massage");
        assertThat(new Select(driver.findElement(By.id("area"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("calves");
        browser.waitUntil(driver1 -> names().contains("Foam rolling the calves"));
        assertThat(names()).doesNotContain("Self neck massage for tightness and knots");
        WebElement chosen = driver.findElement(By.cssSelector(".body-map a.chosen"));
        assertThat(chosen.getDomAttribute("data-area")).isEqualTo("calves");
        assertThat(chosen.getDomAttribute("aria-current")).isEqualTo("true");
    }

    /** The techniques come first: on a phone at least one card, on a desktop six, whole in the first screen. */
    @Test
    void theFirstScreenShowsTechniquesOnAPhoneAndSixOnADesktop() throws IOException {
        var driver = browser.driver();
        try {
            browser.onPhone();
            driver.get("http://localhost:" + port + "/techniques");
            browser.save("catalog-390.png");
            assertThat(cardsInFirstScreen()).isGreaterThanOrEqualTo(1);
            assertThat(driver.findElement(By.cssSelector(".catalog-map")).isDisplayed()).isFalse();
            openFilters();
            assertThat(driver.findElement(By.cssSelector(".catalog-map")).isDisplayed()).isTrue();
            browser.save("catalog-390-filters.png");

            browser.onDesktop();
            driver.get("http://localhost:" + port + "/techniques");
            browser.save("catalog-1280.png");
            assertThat(cardsInFirstScreen()).isGreaterThanOrEqualTo(6);
        }
        finally {
            browser.fullSize();
        }
    }

    private static long cardsInFirstScreen() {
        return (Long) browser.driver().executeScript("return [...document.querySelectorAll('.technique-card')]"
            + ".filter(card => card.getBoundingClientRect().bottom <= window.innerHeight).length;");
    }

    private static void openFilters() {
        browser.driver().findElement(By.cssSelector(".filter-panel > summary")).click();
    }

    private static List<String> names() {
        return browser.driver().findElements(By.cssSelector(".technique-list h2")).stream().map(WebElement::getText).toList();
    }
}
