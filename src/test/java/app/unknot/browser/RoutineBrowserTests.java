package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person with a sore lower back fills the builder form in a real browser and gets a routine. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class RoutineBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void fillsTheLowerBackFormAndSeesTheRoutine() {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/");
        driver.findElement(By.linkText("Build a routine for your lower back")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/routines/new"));

        WebElement lowerBack = driver.findElement(By.cssSelector("input[name=areas][value=lower-back]"));
        assertThat(lowerBack.isSelected()).as("pre-set for the lower back").isTrue();
        driver.findElement(By.cssSelector("input[name=tools][value=tennis-ball]")).click();
        driver.findElement(By.id("minutes")).clear();
        driver.findElement(By.id("minutes")).sendKeys("20");
        driver.findElement(By.id("painLevel")).sendKeys("4");
        driver.findElement(By.cssSelector("form.routine-form button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.urlMatches(".*/routines/[A-Za-z0-9_-]{22}$"));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("saved");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your routine for: Lower back");
        List<String> steps = driver.findElements(By.cssSelector(".routine-steps h3")).stream()
            .map(WebElement::getText).toList();
        assertThat(steps).contains("Seated lower-back self-massage", "Flat back (90/90)");
        assertThat(driver.findElement(By.linkText("Start the routine")).isDisplayed()).isTrue();
    }

    @Test
    void aMissingAnswerIsShownNextToItsFieldAndNothingIsLost() {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/routines/new?area=lower-back");
        driver.findElement(By.cssSelector("input[name=conditions][value=pregnancy]")).click();
        driver.findElement(By.cssSelector("form.routine-form button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("painLevel-error")));

        assertThat(driver.findElement(By.id("painLevel-error")).getText())
            .isEqualTo("Tell us how bad the pain is, from 0 to 10.");
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Tell us how bad the pain is");
        assertThat(driver.findElement(By.cssSelector("input[name=conditions][value=pregnancy]")).isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector("input[name=areas][value=lower-back]")).isSelected()).isTrue();
    }

    @Test
    void aRedFlagLeadsToTheStopPage() {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/routines/new?area=lower-back");
        driver.findElement(By.id("painLevel")).sendKeys("5");
        driver.findElement(By.cssSelector("input[name=redFlags][value=saddle-numbness]")).click();
        driver.findElement(By.cssSelector("form.routine-form button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.urlMatches(".*/routines/[A-Za-z0-9_-]{22}$"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Get emergency help now");
        assertThat(driver.findElements(By.linkText("Start the routine"))).isEmpty();
    }
}
