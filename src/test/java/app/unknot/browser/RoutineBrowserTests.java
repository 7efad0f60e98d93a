package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person with a sore lower back fills the builder form in a real browser and gets a routine; the
 * warning signs come first; a question shows only when it applies; a failed submit is fixed from a
 * list in the form's order; a red flag ends at a page that says whom to call and lets a slip be undone.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class RoutineBrowserTests {

    private static final String ROUTINE_ADDRESS = ".*/routines/[A-Za-z0-9_-]{22}$";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fillsTheLowerBackFormAndSeesTheRoutine() {
        var driver = browser.driver();
        driver.get(url("/"));
        driver.findElement(By.linkText("Build a routine for your lower back")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/routines/new"));

        WebElement lowerBack = driver.findElement(By.cssSelector("input[name=areas][value=lower-back]"));
        assertThat(lowerBack.isSelected()).as("pre-set for the lower back").isTrue();
        driver.findElement(By.cssSelector("input[name=tools][value=tennis-ball]")).click();
        driver.findElement(By.id("minutes")).clear();
        driver.findElement(By.id("minutes")).sendKeys("20");
        pain(driver, 4);
        submit(driver);
        browser.waitUntil(ExpectedConditions.urlMatches(ROUTINE_ADDRESS));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("saved");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your routine for: Lower back");
        List<String> steps = driver.findElements(By.cssSelector(".routine-steps h3")).stream()
            .map(WebElement::getText).toList();
        assertThat(steps).contains("Seated lower-back self-massage", "Flat back (90/90)");
        assertThat(driver.findElement(By.xpath("//button[text()='Start the routine']")).isDisplayed()).isTrue();
    }

    @Test
    void theWarningSignsComeFirstOnAPhoneAndOnADesk() throws Exception {
        ChromeDriver driver = browser.driver();
        for (Dimension screen : List.of(new Dimension(390, 844), new Dimension(1280, 900))) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width,
                "height", screen.height, "deviceScaleFactor", 1, "mobile", screen.width < 600));
            driver.get(url("/routines/new"));

            List<String> questions = driver.findElements(By.cssSelector("form.routine-form fieldset > legend")).stream()
                .map(WebElement::getText).toList();
            assertThat(questions.get(0)).as("the first question on %s", screen).isEqualTo("Do you have any of these right now?");
            assertThat(top(driver, "#redFlags")).as("on the first screen of %s", screen).isLessThan(screen.height);
            assertThat(top(driver, "#redFlags")).isLessThan(top(driver, "#areas"));
            browser.save("form-" + screen.width + ".png");
        }
        browser.fullSize();
    }

    /**
     * The form stays short: an area's warning signs show once the area is chosen. A person with a sore
     * lower back reads ten signs, as many as before signs for other areas existed.
     */
    @Test
    void anAreasWarningSignsAreAskedOnceItIsChosen() {
        var driver = browser.driver();
        driver.get(url("/routines/new?area=lower-back"));
        assertThat(shownSigns(driver)).hasSize(10).contains("saddle-numbness", "night-pain", "chest-pain", "calf-swelling")
            .doesNotContain("sudden-severe-headache", "stroke-signs");

        driver.findElement(By.cssSelector("input[name=areas][value=head]")).click();
        assertThat(shownSigns(driver)).contains("sudden-severe-headache", "stroke-signs", "meningitis-signs")
            .doesNotContain("spinal-cord-signs");
        driver.findElement(By.cssSelector("input[name=areas][value=lower-back]")).click();
        assertThat(shownSigns(driver)).doesNotContain("saddle-numbness");

        driver.findElement(By.cssSelector("input[name=redFlags][value=stroke-signs]")).click();
        driver.findElement(By.cssSelector("input[name=areas][value=head]")).click();
        assertThat(shownSigns(driver)).as("a sign already ticked stays in view").contains("stroke-signs");
    }

    @Test
    void aConditionIsAskedOnlyWhereItsAnswerCanChangeTheRoutine() {
        var driver = browser.driver();
        driver.get(url("/routines/new?area=lower-back"));
        assertThat(shown(driver, "conditions")).contains("blood-thinners", "pregnancy", "cancer")
            .doesNotContain("diabetes-numb-feet", "hernia-or-belly-surgery");
        driver.findElement(By.cssSelector("input[name=areas][value=feet]")).click();
        assertThat(shown(driver, "conditions")).contains("diabetes-numb-feet");
    }

    private static List<String> shownSigns(ChromeDriver driver) {
        return shown(driver, "redFlags");
    }

    private static List<String> shown(ChromeDriver driver, String field) {
        return driver.findElements(By.cssSelector("input[name=" + field + "]")).stream()
            .filter(box -> box.findElement(By.xpath("..")).isDisplayed()).map(box -> box.getAttribute("value")).toList();
    }

    @Test
    void whereABrokenBoneIsIsAskedOnlyOnceOneIsTicked() {
        var driver = browser.driver();
        driver.get(url("/routines/new"));
        WebElement question = driver.findElement(By.id("affected-areas-question"));
        assertThat(question.isDisplayed()).isFalse();
        WebElement fracture = driver.findElement(By.cssSelector("input[name=conditions][value=fracture]"));
        assertThat(fracture.findElement(By.xpath("..")).isDisplayed()).as("behind one question").isFalse();

        driver.findElement(By.id("keep-clear-yes")).click();
        fracture.click();
        assertThat(question.isDisplayed()).isTrue();
        driver.findElement(By.cssSelector("input[name=affectedAreas][value=calves]")).click();
        driver.findElement(By.cssSelector("input[name=conditions][value=fracture]")).click();
        assertThat(question.isDisplayed()).as("an area already ticked stays in view").isTrue();

        driver.findElement(By.cssSelector("input[name=affectedAreas][value=calves]")).click();
        driver.findElement(By.cssSelector("input[name=conditions][value=pregnancy]")).click();
        driver.findElement(By.cssSelector("input[name=conditions][value=pregnancy]")).click();
        assertThat(question.isDisplayed()).isFalse();
    }

    @Test
    void aFailedSubmitListsWhatToFixInFormOrderKeepsEveryAnswerAndSurvivesAReload() {
        var driver = browser.driver();
        driver.get(url("/routines/new"));
        driver.findElement(By.cssSelector("input[name=conditions][value=pregnancy]")).click();
        submit(driver);
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("painLevel-error")));

        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(driver.switchTo().activeElement()).as("focus on the list of what to fix").isEqualTo(summary);
        assertThat(summary.findElements(By.cssSelector("li a"))).extracting(link -> link.getAttribute("hash"))
            .containsExactly("#areas", "#painLevel");
        assertThat(driver.findElement(By.id("painLevel-error")).getText()).isEqualTo("Tell us how bad the pain is, from 0 to 10.");
        assertThat(driver.findElement(By.cssSelector("input[name=conditions][value=pregnancy]")).isSelected()).isTrue();

        driver.get(driver.getCurrentUrl());
        assertThat(driver.getCurrentUrl()).as("the address of a failed submit, opened again").isEqualTo(url("/routines"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("a page that works: the list of your routines")
            .isEqualTo("Your routines");
    }

    @Test
    void aRedFlagLeadsToTheStopPageWhichSaysWhomToCallAndLetsTheAnswersBeChanged() {
        var driver = browser.driver();
        driver.get(url("/routines/new?area=lower-back"));
        pain(driver, 5);
        driver.findElement(By.cssSelector("input[name=redFlags][value=saddle-numbness]")).click();
        submit(driver);
        browser.waitUntil(ExpectedConditions.urlMatches(ROUTINE_ADDRESS));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Get emergency help now");
        assertThat(driver.findElements(By.xpath("//button[text()='Start the routine']"))).isEmpty();
        WebElement call = driver.findElement(By.cssSelector(".call a"));
        // Chromium asks for US English: the number is the United States'.
        assertThat(call.getAttribute("href")).isEqualTo("tel:911");
        assertThat(call.getText()).isEqualTo("Call 911 now");
        assertThat(driver.findElement(By.cssSelector(".stop")).getText()).contains("112", "What to tell them").doesNotContain("999");

        driver.findElement(By.linkText("I ticked something by mistake: change my answers")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/routines/new"));
        WebElement flag = driver.findElement(By.cssSelector("input[name=redFlags][value=saddle-numbness]"));
        assertThat(flag.isSelected()).as("the answers come back as they were; unticking is the person's choice").isTrue();
        assertThat(driver.findElement(By.cssSelector("input[name=painLevel][value='5']")).isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector("input[name=areas][value=lower-back]")).isSelected()).isTrue();

        flag.click();
        submit(driver);
        browser.waitUntil(ExpectedConditions.urlMatches(ROUTINE_ADDRESS));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your routine for: Lower back");
    }

    /** A warning sign of any area ends at a page that says how soon, and what to do about that sign. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "head       | stroke-signs        | Get emergency help now    | Note the time they began",
        "neck       | hand-numbness       | See a GP before you start | Book an appointment with your GP",
        "lower-back | pregnant-belly-pain | Get emergency help now    | Call your maternity unit or midwife now"})
    void aWarningSignOfAnyAreaEndsAtAPageThatSaysWhatToDo(String area, String sign, String heading, String advice) throws Exception {
        ChromeDriver driver = browser.driver();
        browser.onPhone();
        driver.get(url("/routines/new?area=" + area));
        if (area.equals("head")) {
            driver.executeScript("document.getElementById('area-signs').scrollIntoView()");
            browser.save("form-head-signs-390.png");
        }
        pain(driver, 6);
        if (sign.equals("pregnant-belly-pain")) {
            WebElement asked = driver.findElement(By.cssSelector("input[name=redFlags][value=" + sign + "]"));
            assertThat(asked.findElement(By.xpath("..")).isDisplayed()).as("asked once pregnancy is ticked").isFalse();
            driver.findElement(By.cssSelector("input[name=conditions][value=pregnancy]")).click();
        }
        driver.findElement(By.cssSelector("input[name=redFlags][value=" + sign + "]")).click();
        submit(driver);
        browser.waitUntil(ExpectedConditions.urlMatches(ROUTINE_ADDRESS));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
        assertThat(driver.findElement(By.cssSelector(".stop .raised")).getText()).contains(advice);
        browser.save("stop-" + sign + "-390.png");
        browser.fullSize();
    }

    @Test
    void aHeadacheRoutineOffersTheNeckAndShouldersAndAsksTheirSignsFirst() throws Exception {
        ChromeDriver driver = browser.driver();
        browser.onPhone();
        driver.get(url("/routines/new?area=head"));
        pain(driver, 4);
        submit(driver);
        browser.waitUntil(ExpectedConditions.urlMatches(ROUTINE_ADDRESS));
        WebElement offer = driver.findElement(By.cssSelector(".goes-with"));
        driver.executeScript("arguments[0].scrollIntoView()", offer);
        browser.save("routine-head-offer-390.png");

        offer.findElement(By.tagName("a")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/routines/new"));
        assertThat(shownSigns(driver)).contains("neck-artery-signs", "spinal-cord-signs", "sudden-severe-headache");
        browser.fullSize();
    }

    /** A routine saved before the head's signs existed asks them when it is played, then plays. */
    @Test
    void anOldRoutineAsksTheSignsItNeverAskedBeforeItPlays() throws Exception {
        ChromeDriver driver = browser.driver();
        browser.onPhone();
        driver.get(url("/routines/new?area=head"));
        pain(driver, 3);
        submit(driver);
        browser.waitUntil(ExpectedConditions.urlMatches(ROUTINE_ADDRESS));
        String id = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        jdbc.update("update routine set signs_asked = 'chest-pain,fever,major-trauma' where id = ?", id);

        driver.findElement(By.xpath("//button[text()='Start the routine']")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/signs"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Before you start again");
        assertThat(shownSigns(driver)).contains("stroke-signs", "calf-swelling").doesNotContain("chest-pain");
        browser.save("signs-asked-again-390.png");

        driver.findElement(By.cssSelector("form.routine-form button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/steps/1"));
        assertThat(driver.getCurrentUrl()).contains("before=3");
        driver.get(url("/routines/" + id + "/steps/1"));
        assertThat(driver.getCurrentUrl()).as("once a visit").endsWith("/steps/1");
        browser.fullSize();
    }

    @Test
    void yourRoutinesListsWhatThisBrowserOpenedNewestFirstAndForgetsOnRequest() throws Exception {
        var driver = browser.driver();
        driver.manage().deleteAllCookies();
        for (String area : List.of("neck", "feet")) {
            driver.get(url("/routines/new?area=" + area));
            pain(driver, 2);
            submit(driver);
            browser.waitUntil(ExpectedConditions.urlMatches(ROUTINE_ADDRESS));
        }
        driver.get(url("/routines"));
        assertThat(driver.findElements(By.cssSelector(".your-routines h2")).stream().map(WebElement::getText).toList())
            .containsExactly("Your routine for: Feet", "Your routine for: Neck");
        browser.save("your-routines.png");

        driver.findElements(By.xpath("//button[text()='Forget this one']")).get(0).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
        assertThat(driver.findElements(By.cssSelector(".your-routines h2")).stream().map(WebElement::getText).toList())
            .containsExactly("Your routine for: Neck");
    }

    /** A phone's screen: 390 by 844, as a person lying on the floor holds it. */

    /** Taps a number on the 0 to 10 pain scale. */
    private static void pain(ChromeDriver driver, int level) {
        driver.findElement(By.cssSelector("input[name=painLevel][value='" + level + "']")).click();
    }

    private static void submit(ChromeDriver driver) {
        driver.findElement(By.cssSelector("form.routine-form button[type=submit]")).click();
    }

    private static double top(ChromeDriver driver, String selector) {
        return ((Number) driver.executeScript("return document.querySelector(arguments[0]).getBoundingClientRect().top",
            selector)).doubleValue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
