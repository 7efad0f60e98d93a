package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A person follows a saved lower-back and glutes routine (three steps, the last one two-sided) on a
 * phone-sized screen: starts it, runs each step's timer to its end (shortened to 2 seconds with the
 * ?seconds shortcut), moves through every step by button and by keyboard, finishes, opens the sheet
 * and prints it on A4 and US Letter. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class WalkthroughBrowserTests {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9_-]{22})\"");
    private static final Pattern STEP_COUNT = Pattern.compile("Step (\\d+) of (\\d+)");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    RestTestClient client;

    @Test
    void followsARoutineStepByStepWithTheTimerAndOpensTheSheet() throws Exception {
        String id = createRoutine();
        ChromeDriver driver = browser.driver();
        driver.manage().window().setSize(new Dimension(430, 932));
        var wait = new WebDriverWait(driver, Duration.ofSeconds(15));

        driver.get(url("/routines/" + id));
        driver.findElement(By.linkText("Start the routine")).click();
        wait.until(ExpectedConditions.urlContains("/steps/1"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/routines/" + id + "/steps/1"));
        driver.get(driver.getCurrentUrl() + "?seconds=2");

        int total = stepCount(driver, 1);
        assertThat(total).isBetween(2, 5);
        int twoSided = 0;
        // Step 1 by buttons (with pause, resume and reset), step 2 by keyboard, the rest by buttons.
        for (int n = 1; n <= total; n++) {
            assertThat(stepCount(driver, n)).isEqualTo(total);
            WebElement timer = driver.findElement(By.id("timer"));
            assertThat(timer.isDisplayed()).as("the script shows the timer").isTrue();
            assertThat(timer.getAttribute("data-state")).isEqualTo("idle");

            if (n == 1) {
                pauseAndResume(driver, wait, timer);
            }
            else if (n == 2) {
                new Actions(driver).sendKeys(Keys.SPACE).perform();
            }
            else {
                driver.findElement(By.id("timer-toggle")).click();
            }
            wait.until(ExpectedConditions.attributeToBe(timer, "data-state", "done"));

            assertThat(driver.findElement(By.id("timer-status")).getText()).isEqualTo("Time is up. Move on when you are ready.");
            assertThat(driver.findElement(By.id("timer-clock")).getText()).isEqualTo("0:00");
            assertThat(driver.findElement(By.id("timer-toggle")).getText()).isEqualTo("Start again");
            if (timer.getAttribute("data-sides").equals("2")) {
                assertThat(driver.findElement(By.id("timer-side")).getText()).as("switched half-way").isEqualTo("Second side");
                twoSided++;
            }
            if (n == 1) {
                // What the phone shows when the step opens, with the timer run to its end.
                driver.executeScript("window.scrollTo(0, 0)");
                screenshot(driver, "walkthrough-step.png");
                resetAndTurnSpeechOn(driver, timer);
            }
            else {
                WebElement speak = driver.findElement(By.id("timer-speak"));
                assertThat(speak.isSelected()).as("spoken cues remembered from step 1").isTrue();
            }
            next(driver, wait, n, total);
        }

        assertThat(twoSided).as("two-sided steps, where the timer switches sides").isPositive();
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/routines/" + id + "/finish"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Well done: you finished your routine");

        driver.findElement(By.linkText("Print the routine sheet")).click();
        wait.until(ExpectedConditions.urlContains("/sheet"));
        driver.manage().window().setSize(new Dimension(1000, 1500));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/routines/" + id + "/sheet"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your routine for: Lower back, Glutes");
        assertThat(driver.findElement(By.id("print-sheet")).isDisplayed()).as("print.js shows the print button").isTrue();
        WebElement qr = driver.findElement(By.cssSelector(".sheet-qr img"));
        assertThat(qr.isDisplayed()).isTrue();
        assertThat(((Number) driver.executeScript("return arguments[0].naturalWidth", qr)).intValue())
            .as("the data: URI image loads under the page's Content-Security-Policy").isPositive();
        assertThat(driver.findElements(By.cssSelector(".sheet-steps > li"))).hasSize(total);
        screenshot(driver, "sheet.png");

        for (String paper : List.of("A4", "Letter")) {
            try (PDDocument printed = Loader.loadPDF(print(driver, paper))) {
                String text = new PDFTextStripper().getText(printed);
                assertThat(printed.getNumberOfPages()).as("pages on %s", paper).isBetween(1, 2);
                assertThat(text).as("printed on %s", paper).contains("Your routine for: Lower back, Glutes", "When to stop and get help")
                    .doesNotContain("Print this sheet", "Download as PDF");
            }
        }
    }

    /** What the browser's own print produces on this paper, through the DevTools protocol. */
    private static byte[] print(ChromeDriver driver, String paper) {
        Map<String, Object> inches = paper.equals("A4")
            ? Map.of("paperWidth", 8.27, "paperHeight", 11.69) : Map.of("paperWidth", 8.5, "paperHeight", 11.0);
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", inches);
        return Base64.getDecoder().decode((String) pdf.get("data"));
    }

    /** Start, pause during the get-ready countdown, and resume. */
    private static void pauseAndResume(ChromeDriver driver, WebDriverWait wait, WebElement timer) {
        WebElement toggle = driver.findElement(By.id("timer-toggle"));
        toggle.click();
        assertThat(timer.getAttribute("data-state")).isEqualTo("ready");
        assertThat(driver.findElement(By.id("timer-status")).getText()).isEqualTo("Get ready.");
        toggle.click();
        assertThat(timer.getAttribute("data-state")).isEqualTo("paused");
        assertThat(toggle.getText()).isEqualTo("Resume");
        toggle.click();
        wait.until(ExpectedConditions.attributeToBe(timer, "data-state", "running"));
    }

    /** Spoken cues start off; the choice is kept for the next steps. */
    private static void resetAndTurnSpeechOn(ChromeDriver driver, WebElement timer) {
        driver.findElement(By.id("timer-reset")).click();
        assertThat(timer.getAttribute("data-state")).isEqualTo("idle");
        assertThat(driver.findElement(By.id("timer-clock")).getText()).isEqualTo("0:02");
        assertThat(driver.findElement(By.id("timer-status")).getText())
            .isEqualTo("Press Start when you are in position: you get 2 seconds to get ready.");
        WebElement speak = driver.findElement(By.id("timer-speak"));
        assertThat(speak.isSelected()).as("spoken cues are off by default").isFalse();
        speak.click();
    }

    /** The second step moves on by keyboard, the others by their links. */
    private void next(ChromeDriver driver, WebDriverWait wait, int n, int total) {
        String before = driver.getCurrentUrl();
        if (n == 2) {
            new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        }
        else {
            driver.findElement(By.cssSelector("a[data-nav=next]")).click();
        }
        wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
        if (n < total) {
            assertThat(driver.getCurrentUrl()).endsWith("/steps/" + (n + 1) + "?seconds=2");
        }
    }

    private static int stepCount(ChromeDriver driver, int expectedStep) {
        Matcher count = STEP_COUNT.matcher(driver.findElement(By.id("step-count")).getText());
        assertThat(count.matches()).isTrue();
        assertThat(Integer.parseInt(count.group(1))).isEqualTo(expectedStep);
        return Integer.parseInt(count.group(2));
    }

    private String createRoutine() {
        EntityExchangeResult<String> response = client.post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON)
            .body("""
                {"areas": ["lower-back", "glutes"], "minutes": 5, "performer": "self", "painLevel": 3}""")
            .exchange().returnResult(String.class);
        assertThat(response.getStatus().value()).as(response.getResponseBody()).isEqualTo(201);
        Matcher id = ID.matcher(response.getResponseBody());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(ChromeDriver driver, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
            StandardCopyOption.REPLACE_EXISTING);
    }
}
