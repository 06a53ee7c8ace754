package org.corroborate.it;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: both paths are given, so Selenium never
 * tries to download a browser or a driver of its own.
 */
final class Browser {

    private Browser() {
    }

    /**
     * A wait of up to a minute that looks again when an Ajax update or a new page replaces an element between
     * finding it and reading it.
     */
    static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Whether the element has left the page (the browser submitted a form or followed a link and the next page is
     * loading or loaded). Chromium says so with a stale-element error, or, while the next page replaces this one,
     * with "node does not belong to the document", which Selenium's {@code stalenessOf} does not take for an answer.
     */
    static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    /** The width of {@link #startPhone}'s screen, in CSS pixels. */
    static final int PHONE_WIDTH = 390;

    static WebDriver start(String language) {
        return start(language, null);
    }

    /** A browser that saves downloads into {@code downloads} without asking (null: the default directory). */
    static WebDriver start(String language, Path downloads) {
        return start(language, downloads, false);
    }

    /**
     * A browser with a phone's screen: 390 CSS pixels wide (844 high), as Chromium's device emulation gives it (a
     * headless window cannot be made that narrow).
     */
    static WebDriver startPhone(String language) {
        return start(language, null, true);
    }

    private static WebDriver start(String language, Path downloads, boolean phone) {
        String chromium = System.getProperty("kb.it.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("kb.it.chromedriver", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver packages ("
                    + chromium + ", " + chromedriver + "): apt-get install chromium chromium-driver");
        }
        try {
            Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1100", "--lang=" + language,
                    "--user-data-dir=" + profile);
            Map<String, Object> prefs = new java.util.HashMap<>(Map.of("intl.accept_languages", language));
            if (downloads != null) {
                prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
                prefs.put("download.prompt_for_download", false);
                prefs.put("download.directory_upgrade", true);
            }
            options.setExperimentalOption("prefs", prefs);
            if (phone) {
                options.setExperimentalOption("mobileEmulation",
                        Map.of("deviceMetrics", Map.of("width", PHONE_WIDTH, "height", 844, "pixelRatio", 1)));
            }
            // the console, for close(): a script the page's Content-Security-Policy blocked is reported there
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            if (downloads != null) {
                // said through DevTools as well: some headless modes ignore the download preferences
                driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                        "downloadPath", downloads.toAbsolutePath().toString(), "eventsEnabled", false));
            }
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Quits the browser, after checking that the pages it showed broke no rule of their Content-Security-Policy
     * (a script or an inline event handler the policy refused): Chromium reports each in the console.
     */
    static void close(WebDriver driver) {
        List<String> refused;
        try {
            refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                    .toList();
        } finally {
            driver.quit();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("the pages broke their Content-Security-Policy:\n" + String.join("\n", refused));
        }
    }

    /**
     * How wide the page is laid out, in CSS pixels: its scrolling width, or the layout viewport's when a phone's
     * browser widened it to fit content wider than the screen. At most {@link #PHONE_WIDTH} on a phone when nothing
     * makes the page scroll sideways.
     */
    static long pageWidth(WebDriver driver) {
        Object width = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth);");
        return ((Number) width).longValue();
    }

    /** Saves what the reader sees, for a person to look at after the run (target/screenshots). */
    static void screenshot(WebDriver driver, String name) {
        String dir = System.getProperty("kb.it.screenshots");
        if (dir == null) {
            return;
        }
        try {
            Path target = Path.of(dir, name + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
