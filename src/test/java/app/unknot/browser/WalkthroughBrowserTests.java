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
import org.junit.jupiter.api.Tag;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * A person follows a saved lower-back and glutes routine (three steps, the last one two-sided) on a
 * phone-sized screen, every countdown shortened with the ?seconds shortcut: by hand (the player's
 * switch to move on by itself turned off), through every step by button and by keyboard, to the sheet
 * printed on A4 and US Letter; and hands-free, where one tap on Start carries them through rests,
 * side changes and spoken cues to the finish. Speech is replaced by a recorder, as headless Chromium
 * has no voices. Screenshots go to target/screenshots/.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class WalkthroughBrowserTests {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9_-]{22})\"");
    private static final Pattern STEP_COUNT = Pattern.compile("Step (\\d+) of (\\d+)");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Before any page script: speech into window.__spoken, each new player state into window.__states. */
    private static final String RECORDER = """
        const keep = (name) => {
          const list = JSON.parse(sessionStorage.getItem(name) || '[]');
          window[name] = list;
          return (value) => { list.push(value); sessionStorage.setItem(name, JSON.stringify(list)); };
        };
        const said = keep('__spoken');
        const became = keep('__states');
        window.SpeechSynthesisUtterance = function (text) { this.text = text; };
        Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
          speak(utterance) { if (utterance.text.trim()) { said(utterance.text); } },
          cancel() {}
        } });
        document.addEventListener('DOMContentLoaded', () => new MutationObserver((changes) => changes.forEach((change) => {
          const state = change.target.getAttribute('data-state');
          if (window.__states[window.__states.length - 1] !== state) { became(state); }
        })).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state'] }));
        """;

    private static boolean recorderInstalled;

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    RestTestClient client;

    @Test
    void followsARoutineStepByStepByHandAndOpensTheSheet() throws Exception {
        String id = createRoutine();
        ChromeDriver driver = browser.driver();
        driver.manage().window().setSize(new Dimension(430, 932));
        var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        freshDevice(driver);

        driver.get(url("/routines/" + id));
        WebElement painNow = driver.findElement(By.cssSelector("input[name=before][value='3']"));
        assertThat(painNow.isSelected()).as("the pain before, filled in from the routine's answer").isTrue();
        driver.findElement(By.cssSelector("input[name=before][value='4']")).click();
        driver.findElement(By.xpath("//button[text()='Start the routine']")).click();
        wait.until(ExpectedConditions.urlContains("/steps/1"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/routines/" + id + "/steps/1?before=4"));
        driver.get(driver.getCurrentUrl() + "&seconds=2");

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
                WebElement auto = driver.findElement(By.id("auto-advance"));
                assertThat(auto.isSelected()).as("moving on by itself is on by default").isTrue();
                auto.click();
                pauseAndResume(driver, wait, timer);
            }
            else if (n == 2) {
                new Actions(driver).sendKeys(Keys.SPACE).perform();
            }
            else {
                driver.findElement(By.id("timer-toggle")).click();
            }
            wait.until(ExpectedConditions.attributeToBe(timer, "data-state", "done"));

            assertThat(driver.findElement(By.id("timer-status")).getText()).startsWith("Time is up")
                .contains(n < total ? "Next up: " : "that was the last step");
            assertThat(driver.findElement(By.cssSelector("a[data-nav=next]")).getAttribute("class")).contains("ready");
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
                resetAndTurnSpeechOff(driver, timer);
            }
            else {
                assertThat(driver.findElement(By.id("timer-speak")).isSelected()).as("spoken cues remembered from step 1").isFalse();
                assertThat(driver.findElement(By.id("auto-advance")).isSelected()).as("remembered from step 1").isFalse();
            }
            next(driver, wait, n, total);
        }

        assertThat(twoSided).as("two-sided steps, where the timer switches sides").isPositive();
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/routines/" + id + "/finish?before=4"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Well done: you finished your routine");
        logsHowItWent(driver, wait, id);

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

    @Test
    void oneTapCarriesAPersonThroughEveryStepRestsAndSideChangesToTheFinish() throws Exception {
        String id = createRoutine();
        ChromeDriver driver = browser.driver();
        phone(driver);
        freshDevice(driver);
        driver.get(url("/routines/" + id + "/steps/1?seconds=2"));
        int total = stepCount(driver, 1);
        List<String> names = stepNames(id, total);
        startRecording(driver);

        driver.findElement(By.id("timer-toggle")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20 * total))
            .until(ExpectedConditions.urlContains("/routines/" + id + "/finish"));

        List<String> spoken = recorded(driver, "__spoken");
        List<String> states = recorded(driver, "__states");
        for (int n = 2; n <= total; n++) {
            assertThat(spoken).as("announces step %d", n).contains("Next up: " + names.get(n - 1) + ".");
        }
        assertThat(spoken).contains("Get ready.", "Begin.", "Begin with the first side.",
            "Stop there and change sides: turn over or swap hands.", "Begin the second side.", "That was the last step.");
        assertThat(states).as("the rest between the sides of the two-sided step")
            .containsSubsequence("running", "turning", "running", "advancing");
        assertThat(states.stream().filter("ready"::equals).count()).as("each step started by itself").isEqualTo(total);
        resetDevice(driver);
    }

    @Test
    void countsTheLastSecondsAloud() {
        String id = createRoutine();
        ChromeDriver driver = browser.driver();
        freshDevice(driver);
        driver.get(url("/routines/" + id + "/steps/1?seconds=8"));
        driver.findElement(By.id("auto-advance")).click();
        WebElement timer = driver.findElement(By.id("timer"));
        startRecording(driver);

        driver.findElement(By.id("timer-toggle")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(timer, "data-state", "done"));

        assertThat(recorded(driver, "__spoken")).containsSubsequence("Begin.", "3", "2", "1");
    }

    @Test
    void onAPhoneThePlayerFitsTheFirstScreenAndStaysInViewWhileReading() throws Exception {
        String id = createRoutine();
        ChromeDriver driver = browser.driver();
        for (Dimension screen : List.of(new Dimension(390, 844), new Dimension(1280, 900))) {
            viewport(driver, screen, screen.width < 600);
            driver.get(url("/routines/" + id + "/steps/1"));
            for (String selector : List.of("#step-name", "img.picture-step", "#timer-clock", "#timer-toggle", "a[data-nav=next]",
                    ".step-count")) {
                assertThat(rect(driver, selector).get("bottom")).as("%s on %s", selector, screen)
                    .isLessThanOrEqualTo(screen.height);
            }
            assertThat(driver.executeScript("const picture = document.querySelector('img.picture-step');"
                + " return picture.complete && picture.naturalWidth > 0;")).as("the picture has loaded").isEqualTo(true);
            screenshot(driver, "walkthrough-step-" + screen.width + ".png");

            driver.executeScript("document.querySelector('.stop-reminder').scrollIntoView({block: 'end'})");
            Map<String, Double> clock = rect(driver, "#timer-clock");
            assertThat(clock.get("top")).as("clock while reading on %s", screen).isGreaterThanOrEqualTo(0);
            assertThat(clock.get("bottom")).as("clock while reading on %s", screen).isLessThanOrEqualTo(screen.height);
            assertThat(rect(driver, "a[data-nav=next]").get("top")).as("next step while reading").isGreaterThanOrEqualTo(0);
            screenshot(driver, "walkthrough-step-" + screen.width + "-reading.png");
        }
        resetDevice(driver);
    }

    @Test
    void showsKeyboardHintsOnlyWhereThereIsAKeyboard() {
        String id = createRoutine();
        ChromeDriver driver = browser.driver();
        driver.get(url("/routines/" + id + "/steps/1"));
        assertThat(driver.findElement(By.cssSelector(".timer-keys")).isDisplayed()).as("with a mouse").isTrue();

        phone(driver);
        driver.get(url("/routines/" + id + "/steps/1"));
        assertThat(driver.findElement(By.cssSelector(".timer-keys")).isDisplayed()).as("on a touch screen").isFalse();
        resetDevice(driver);
    }

    /** Speech recorded instead of spoken, the player's states recorded as they change, nothing remembered. */
    private void freshDevice(ChromeDriver driver) {
        if (!recorderInstalled) {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
            recorderInstalled = true;
        }
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", "http://localhost:" + port,
            "storageTypes", "local_storage"));
    }

    private static void phone(ChromeDriver driver) {
        viewport(driver, new Dimension(390, 844), true);
    }

    private static void viewport(ChromeDriver driver, Dimension size, boolean touch) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width, "height", size.height,
            "deviceScaleFactor", 1, "mobile", touch));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", touch, "maxTouchPoints", touch ? 5 : 1));
    }

    private static void resetDevice(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> rect(ChromeDriver driver, String selector) {
        Map<String, Object> box = (Map<String, Object>) driver.executeScript(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect(); return {top: r.top, bottom: r.bottom};", selector);
        return Map.of("top", ((Number) box.get("top")).doubleValue(), "bottom", ((Number) box.get("bottom")).doubleValue());
    }

    /** Forgets what was recorded so far, on the page now open. */
    private static void startRecording(ChromeDriver driver) {
        driver.executeScript("sessionStorage.clear(); window.__spoken.length = 0; window.__states.length = 0;");
    }

    @SuppressWarnings("unchecked")
    private static List<String> recorded(ChromeDriver driver, String name) {
        return (List<String>) driver.executeScript("return window." + name + " || []");
    }

    /** The steps' technique names, from the API, in order. */
    private List<String> stepNames(String id, int total) {
        String body = client.get().uri("/api/routines/" + id).exchange().returnResult(String.class).getResponseBody();
        List<String> names = JSON.readTree(body).get("steps").valueStream().map(step -> step.get("name").asString()).toList();
        assertThat(names).hasSize(total);
        return names;
    }

    /**
     * At the finish: the pain from the start is filled in; pain now, a step that hurt and a note
     * logged with a tap each; the progress page then shows them, chart and table alike.
     */
    private void logsHowItWent(ChromeDriver driver, WebDriverWait wait, String id) throws Exception {
        assertThat(driver.findElement(By.cssSelector("input[name=painBefore][value='4']")).isSelected()).isTrue();
        driver.findElement(By.cssSelector("input[name=painAfter][value='2']")).click();
        WebElement firstStep = driver.findElements(By.cssSelector("input[name=hurt]")).get(0);
        firstStep.click();
        driver.findElement(By.id("note")).sendKeys("Easier than yesterday");
        screenshot(driver, "finish.png");
        driver.findElement(By.xpath("//button[text()='Save how it went']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
        assertThat(driver.findElements(By.cssSelector(".pain-rose"))).as("pain went down, not up").isEmpty();
        driver.findElement(By.linkText("See how it has gone")).click();
        wait.until(ExpectedConditions.urlContains("/progress"));
        assertThat(driver.findElement(By.cssSelector("table.sessions tbody td.pain-before")).getText()).isEqualTo("4");
        assertThat(driver.findElement(By.cssSelector("table.sessions tbody td.pain-after")).getText()).isEqualTo("2");
        assertThat(driver.findElement(By.cssSelector("table.sessions tbody")).getText()).contains("Easier than yesterday");
        assertThat(driver.findElement(By.cssSelector(".pain-chart svg circle")).getAttribute("data-pain")).isEqualTo("2");
        screenshot(driver, "progress.png");
        driver.get(url("/routines/" + id + "/finish"));
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

    /** Spoken cues start on; turned off, the choice is kept for the next steps. */
    private static void resetAndTurnSpeechOff(ChromeDriver driver, WebElement timer) {
        driver.findElement(By.id("timer-reset")).click();
        assertThat(timer.getAttribute("data-state")).isEqualTo("idle");
        assertThat(driver.findElement(By.id("timer-clock")).getText()).isEqualTo("0:02");
        assertThat(driver.findElement(By.id("timer-status")).getText())
            .isEqualTo("Press Start when you are in position: you get 2 seconds to get ready.");
        WebElement speak = driver.findElement(By.id("timer-speak"));
        assertThat(speak.isSelected()).as("spoken cues are on by default").isTrue();
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
            assertThat(driver.getCurrentUrl()).endsWith("/steps/" + (n + 1) + "?seconds=2&before=4");
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
