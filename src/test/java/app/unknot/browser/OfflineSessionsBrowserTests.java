package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A session logged on the finish page without a connection is kept on the device, said to be waiting,
 * and sent once the connection is back from the next page opened, even after its tab was left: stored
 * once, and once only when the device sends it again. With a connection it is saved at once; a refused
 * one shows the server's page with what was typed.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class OfflineSessionsBrowserTests {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9_-]{22})\"");
    private static final String PENDING = "unknot.pendingSessions";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    RestTestClient client;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionLoggedOfflineIsSentOnceWhenTheConnectionIsBack() throws IOException {
        String id = routine();
        ChromeDriver driver = freshDevice();
        browser.onPhone();
        driver.get(url("/routines/" + id + "/finish"));
        fill(driver, "4", "Done on the train.");

        offline(driver, true);
        driver.findElement(By.cssSelector("form.session-form button[type=submit]")).click();
        WebElement status = driver.findElement(By.cssSelector("[data-session-status]"));
        browser.waitUntil(ExpectedConditions.visibilityOf(status));
        assertThat(status.getText()).startsWith("Saved on this device").contains("will be sent when the connection is back");
        assertThat(status.getAttribute("role")).isEqualTo("status");
        assertThat(driver.findElement(By.cssSelector("form.session-form")).isDisplayed()).isFalse();
        assertThat(pending(driver)).as("kept on the device").contains("Done+on+the+train.");
        assertThat(rows(id)).isZero();
        browser.save("session-kept-offline.png");

        // The tab is left while still offline; later, with a connection, another page of the app opens.
        driver.get("about:blank");
        offline(driver, false);
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        driver.get(url("/routines/" + id + "/progress"));
        browser.waitUntil(webDriver -> pending(driver) == null);
        assertThat(rows(id)).as("sent once").isEqualTo(1);
        assertThat(jdbc.sql("select note from routine_session where routine_id = :id").param("id", id).query(String.class).single())
            .isEqualTo("Done on the train.");
        driver.navigate().refresh();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Done on the train.");
        assertThat(driver.findElement(By.cssSelector("[data-pending-sessions]")).isDisplayed()).isFalse();
        browser.fullSize();
    }

    @Test
    void aSessionSentAgainIsStoredOnce() {
        String id = routine();
        ChromeDriver driver = freshDevice();
        driver.get(url("/routines/" + id + "/finish"));
        fill(driver, "2", "Online.");
        // Kept before it is sent: what a device whose answer was lost would send again.
        driver.executeScript("""
            const setItem = localStorage.setItem.bind(localStorage);
            localStorage.setItem = (key, value) => { window.__kept = value; setItem(key, value); };""");
        driver.findElement(By.cssSelector("form.session-form button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Saved"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/routines/" + id + "/finish"));
        assertThat(pending(driver)).as("forgotten once the server has it").isNull();
        String kept = (String) driver.executeScript("return window.__kept");
        assertThat(rows(id)).isEqualTo(1);

        driver.executeScript("localStorage.setItem(arguments[0], arguments[1])", PENDING, kept);
        driver.get(url("/routines"));
        browser.waitUntil(webDriver -> pending(driver) == null);
        assertThat(rows(id)).as("the same id again is the same session").isEqualTo(1);
    }

    /** A session that could not be sent is counted on "Your routines", and sent when the connection is back. */
    @Test
    void aWaitingSessionIsCountedUntilItIsSent() throws IOException {
        String id = routine();
        ChromeDriver driver = freshDevice();
        driver.get(url("/routines/" + id + "/finish"));
        driver.executeScript("localStorage.setItem(arguments[0], arguments[1])", PENDING, """
            [{"clientId":"0f8b6c2e-7a51-4c1e-9d3a-2b6f4e8a1c90","action":"%s","body":"painAfter=3&clientId=0f8b6c2e-7a51-4c1e-9d3a-2b6f4e8a1c90"}]"""
            .formatted(url("/routines/" + id + "/sessions")));
        // Only the post: a pattern such as */sessions would block the script (js/sessions.js) too.
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(url("/routines/" + id + "/sessions"))));
        driver.get(url("/routines"));
        WebElement waiting = driver.findElement(By.cssSelector("[data-pending-sessions]"));
        browser.waitUntil(ExpectedConditions.visibilityOf(waiting));
        assertThat(waiting.getText()).isEqualTo("1 session waiting to be sent: it will be sent once there is a connection.");
        browser.save("session-waiting.png");

        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        driver.executeScript("window.dispatchEvent(new Event('online'))");
        browser.waitUntil(ExpectedConditions.invisibilityOf(waiting));
        assertThat(pending(driver)).isNull();
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void aRefusedSessionShowsTheServersPageWithWhatWasTyped() {
        String id = routine();
        ChromeDriver driver = freshDevice();
        driver.get(url("/routines/" + id + "/finish"));
        driver.findElement(By.id("note")).sendKeys("No pain chosen.");
        driver.findElement(By.cssSelector("form.session-form button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(driver.findElement(By.id("note")).getAttribute("value")).isEqualTo("No pain chosen.");
        assertThat(pending(driver)).isNull();
        assertThat(rows(id)).isZero();
    }

    private ChromeDriver freshDevice() {
        ChromeDriver driver = browser.driver();
        driver.get("about:blank");
        offline(driver, false);
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", "http://localhost:" + port,
            "storageTypes", "local_storage"));
        return driver;
    }

    private static void fill(ChromeDriver driver, String painAfter, String note) {
        driver.executeScript("arguments[0].click()",
            driver.findElement(By.cssSelector("input[name=painAfter][value='" + painAfter + "']")));
        driver.findElement(By.id("note")).sendKeys(note);
    }

    private static void offline(ChromeDriver driver, boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
            "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static String pending(ChromeDriver driver) {
        return (String) driver.executeScript("return localStorage.getItem(arguments[0])", PENDING);
    }

    private long rows(String routine) {
        return jdbc.sql("select count(*) from routine_session where routine_id = :id").param("id", routine).query(Long.class).single();
    }

    private String routine() {
        String body = client.post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON)
            .body("{\"areas\":[\"lower-back\"], \"tools\":[\"foam-roller\"], \"minutes\":15, \"performer\":\"self\", \"painLevel\":3}")
            .exchange().returnResult(String.class).getResponseBody();
        Matcher id = ID.matcher(body);
        assertThat(id.find()).as(body).isTrue();
        return id.group(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
