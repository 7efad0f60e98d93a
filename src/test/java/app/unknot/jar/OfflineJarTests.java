package app.unknot.jar;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.browser.Browser;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.http.MediaType;

/**
 * A routine opened once plays with the app gone: the real jar serves it once, is killed, and Chromium
 * plays it from what the service worker kept ({@code offline/sw.js}). Killing the app is as offline as it
 * gets for the worker's own fetches too. A new release (another {@code unknot.offline.release} on the same
 * port) leaves only its own caches, and a deleted routine leaves the device.
 */
@Tag("browser")
class OfflineJarTests {

    private static final Pattern ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]{22})\"");

    @RegisterExtension
    static final Browser browser = new Browser();

    @TempDir
    Path workingDirectory;

    @Test
    void aRoutineOpenedOncePlaysToTheFinishWithTheAppGoneAndOneNeverOpenedDoesNot() throws Exception {
        ChromeDriver driver = browser.driver();
        int port = freePort();
        String opened;
        String neverOpened;
        try (RunningJar app = RunningJar.startOn(port, workingDirectory, "offline-play")) {
            opened = createRoutine(app);
            neverOpened = createRoutine(app);
            driver.get(url(port, "/routines/" + opened));
            awaitKept(driver);
            // The walkthrough started online with its answers in the address: it goes on with them offline.
            driver.get(url(port, "/routines/" + opened + "/steps/1?seconds=1&before=4"));
            awaitKept(driver);
            assertThat(cacheNames(driver)).as("a cache for the opened routine only, and the shared files")
                .hasSize(2).anyMatch(name -> name.endsWith("-routine-" + opened)).anyMatch(name -> name.endsWith("-shell"))
                .noneMatch(name -> name.contains(neverOpened));
            app.kill();

            driver.get(url(port, "/routines/" + opened + "/steps/1?seconds=1&before=4"));
            assertThat(driver.findElement(By.id("step-count")).getText()).isEqualTo("Step 1 of 3");
            assertThat((Boolean) driver.executeScript("const p = document.querySelector('img.picture');"
                + " return p !== null && p.complete && p.naturalWidth > 0;")).as("the step's picture, kept").isTrue();
            driver.findElement(By.id("timer-toggle")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.urlToBe(url(port, "/routines/" + opened + "/finish?before=4")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Well done: you finished your routine");

            driver.get(url(port, "/routines"));
            assertThat(driver.findElement(By.cssSelector("[data-offline-kept='" + opened + "']")).getText())
                .isEqualTo("Kept on this device: it plays without a connection too.");
            browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-offline-kept='" + opened + "']")));

            driver.get(url(port, "/routines/" + opened + "/sheet"));
            assertThat(driver.findElements(By.cssSelector("link[href^='/css/sheet']"))).as("the sheet, kept").isNotEmpty();

            assertThat(opensOffline(driver, url(port, "/routines/" + neverOpened))).as("a routine never opened here").isFalse();
        }
    }

    @Test
    void aNewReleaseLeavesOnlyItsOwnCachesAndADeletedRoutineLeavesTheDevice() throws Exception {
        ChromeDriver driver = browser.driver();
        int port = freePort();
        String kept;
        String deleted;
        try (RunningJar app = RunningJar.startOn(port, workingDirectory, "offline-one", "--unknot.offline.release=one")) {
            kept = createRoutine(app);
            deleted = createRoutine(app);
            for (String id : List.of(kept, deleted)) {
                driver.get(url(port, "/routines/" + id));
                awaitKept(driver);
            }
            assertThat(cacheNames(driver)).containsExactlyInAnyOrder("unknot-one-shell", "unknot-one-routine-" + kept,
                "unknot-one-routine-" + deleted);
            app.stop();
        }
        try (RunningJar app = RunningJar.startOn(port, workingDirectory, "offline-two", "--unknot.offline.release=two")) {
            // Any visit checks /sw.js (served no-cache): the new worker takes over and keeps the routines again.
            driver.get(url(port, "/routines"));
            // It keeps them while it installs, and deletes the old caches once it takes over.
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ignored -> cacheNames(driver).stream()
                .noneMatch(name -> name.startsWith("unknot-one-")));
            assertThat(cacheNames(driver)).as("only the new release's caches")
                .containsExactlyInAnyOrder("unknot-two-shell", "unknot-two-routine-" + kept, "unknot-two-routine-" + deleted);
            driver.get(url(port, "/routines/" + kept));
            awaitKept(driver);
            assertThat((Boolean) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " caches.open('unknot-two-shell').then((shell) => shell.match(document.querySelector('script[src*=\"/js/offline\"]').src))"
                + ".then((file) => done(file !== undefined));")).as("this page's script, kept by the new release").isTrue();

            driver.get(url(port, "/routines/" + deleted + "/delete"));
            driver.findElement(By.cssSelector("button.danger")).click();
            browser.waitUntil(ExpectedConditions.urlToBe(url(port, "/routines")));
            new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ignored -> cacheNames(driver).stream().noneMatch(name -> name.endsWith(deleted)));
            app.kill();

            assertThat(opensOffline(driver, url(port, "/routines/" + kept))).as("the kept routine, from the new release").isTrue();
            assertThat(opensOffline(driver, url(port, "/routines/" + deleted))).as("the deleted routine").isFalse();
        }
    }

    /**
     * The whole visit on a phone: the network goes off (and the app away) in the middle of the routine,
     * which plays on to the finish; the session logged there waits on the device, and once the app is back it is sent, once.
     */
    @Test
    void aRoutineInterruptedByTheNetworkIsFinishedAndItsSessionArrivesOnceWhenTheAppIsBack() throws Exception {
        ChromeDriver driver = browser.driver();
        browser.onPhone();
        int port = freePort();
        String id;
        try (RunningJar app = RunningJar.startOn(port, workingDirectory, "offline-visit")) {
            id = createRoutine(app);
            driver.get(url(port, "/routines/" + id));
            awaitKept(driver);
            driver.get(url(port, "/routines/" + id + "/steps/1?seconds=2&before=5"));
            awaitKept(driver);
            driver.findElement(By.id("timer-toggle")).click();
            browser.waitUntil(ExpectedConditions.attributeToBe(By.id("timer"), "data-state", "running"));
            // The phone loses its network (the page hears of it), and nothing answers at the app's address.
            network(driver, false);
            app.kill();
        }
        // With the step already counting down: the next steps and the finish page come from the device.
        new WebDriverWait(driver, Duration.ofSeconds(60))
            .until(ExpectedConditions.urlToBe(url(port, "/routines/" + id + "/finish?before=5")));
        browser.save("offline-visit-finished.png");
        driver.executeScript("arguments[0].click()", driver.findElement(By.cssSelector("input[name=painAfter][value='2']")));
        driver.findElement(By.id("note")).sendKeys("Finished in the basement.");
        driver.findElement(By.cssSelector("form.session-form button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-session-status]")));
        assertThat(driver.findElement(By.cssSelector("[data-session-status]")).getText()).startsWith("Saved on this device");
        browser.save("offline-visit-session-waiting.png");

        try (RunningJar app = RunningJar.startOn(port, workingDirectory, "offline-visit")) {
            network(driver, true);
            driver.get(url(port, "/routines/" + id + "/progress"));
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ignored -> driver.executeScript(
                "return localStorage.getItem('unknot.pendingSessions');") == null);
            driver.navigate().refresh();
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Finished in the basement.");
            browser.save("offline-visit-progress.png");
            var sessions = app.client().get().uri("/api/routines/" + id + "/sessions").exchange()
                .returnResult(String.class);
            assertThat(sessions.getResponseHeaders().getFirst("X-Total-Count")).as("sessions stored").isEqualTo("1");
            assertThat(sessions.getResponseBody()).contains("\"painBefore\":5", "\"painAfter\":2", "Finished in the basement.");
        }
        finally {
            network(driver, true);
            browser.fullSize();
        }
    }

    private static void network(ChromeDriver driver, boolean on) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !on, "latency", 0,
            "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static void awaitKept(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ignored -> driver.executeScript(
            "return document.documentElement.dataset.offline || null;") != null);
        assertThat(driver.executeScript("return document.documentElement.dataset.offline;")).isEqualTo("kept");
    }

    @SuppressWarnings("unchecked")
    private static List<String> cacheNames(ChromeDriver driver) {
        return (List<String>) driver.executeAsyncScript("const done = arguments[arguments.length - 1]; caches.keys().then(done);");
    }

    /** Whether the page opens as one of the app's (Chromium shows its own error page when nothing answers). */
    private static boolean opensOffline(ChromeDriver driver, String url) {
        try {
            driver.get(url);
        }
        catch (WebDriverException failed) {
            return false;
        }
        return !driver.findElements(By.cssSelector("main#main")).isEmpty();
    }

    private static String createRoutine(RunningJar app) {
        String body = app.client().post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON)
            .body("""
                {"areas": ["lower-back", "glutes"], "minutes": 5, "performer": "self", "painLevel": 3}""")
            .exchange().expectStatus().isCreated().returnResult(String.class).getResponseBody();
        Matcher id = ID.matcher(body);
        assertThat(id.find()).as(body).isTrue();
        return id.group(1);
    }

    private static String url(int port, String path) {
        return "http://localhost:" + port + path;
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
