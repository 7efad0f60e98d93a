package app.unknot.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for end-to-end tests, one per test class. Without Chromium the tests
 * are skipped with a clear message, except under CI (CI=true), where a missing browser fails.
 * Nothing is downloaded: the driver and browser are the system's own.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private ChromeDriver driver;
    private Path profile;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but Chromium is missing: install the Debian packages chromium and chromium-driver");
        }
        assumeTrue(installed, "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver not found "
            + "(apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("unknot-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--window-size=1200,1000", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits (10 s at most) for the condition, such as the next page's address after a click. */
    public void waitUntil(ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    /**
     * Waits (10 s at most) until the page that held this element is gone. While Chromium swaps the
     * pages, asking about the old element can fail with "node does not belong to the document"
     * instead of saying it is stale; that only means it is going, so the wait asks again.
     */
    public void waitUntilGone(WebElement oldPage) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
            .until(ExpectedConditions.stalenessOf(oldPage));
    }

    /** A phone's screen, 390 by 844 CSS pixels, until {@link #fullSize()}. */
    public void onPhone() {
        screen(390, 844, true);
    }

    /** A laptop's screen, 1280 by 900, until {@link #fullSize()}. */
    public void onDesktop() {
        screen(1280, 900, false);
    }

    private void screen(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
            "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Back to the browser's own window. */
    public void fullSize() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** What the browser shows, saved to target/screenshots for a person to look at. */
    public void save(String name) throws IOException {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
