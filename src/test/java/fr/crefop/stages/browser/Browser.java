package fr.crefop.stages.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One headless Chromium session (Debian's {@code chromium} driven through {@code chromedriver}), kept for all the
 * pages of a test class: a new profile in a temporary folder, no background network, and every request that is not
 * for 127.0.0.1 sent to an {@link OutboundTrap} that records and refuses it.
 */
final class Browser implements AutoCloseable {

    /**
     * The flags of the issue, plus: no QUIC; none of Chromium's own calls to Google services that a page can
     * trigger (autofill sends a form's structure, translation, hints) so that the {@link OutboundTrap} only sees
     * what pages ask for; /tmp rather than a small /dev/shm (containers); a fixed colour profile; French as the UI
     * language.
     */
    static final List<String> FLAGS = List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
            "--disable-quic", "--no-default-browser-check", "--disable-extensions", "--disable-domain-reliability",
            "--disable-client-side-phishing-detection",
            "--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter",
            "--disable-dev-shm-usage", "--force-color-profile=srgb", "--lang=fr-FR", "--window-size=1280,800");

    /**
     * Selenium's CDP helpers (unused: the gate sends raw CDP commands through chromedriver) warn at each start that
     * they do not know this Chromium version; held here so that the quieter level stays set.
     */
    private static final Logger CDP_VERSION_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final OutboundTrap trap;
    private final Path profile;

    private Browser(ChromeDriver driver, OutboundTrap trap, Path profile) {
        this.driver = driver;
        this.trap = trap;
        this.profile = profile;
    }

    static Browser launch(BrowserInstall install) {
        OutboundTrap trap = OutboundTrap.open();
        Path profile;
        try {
            profile = Files.createTempDirectory("memento-chromium-");
        } catch (IOException e) {
            trap.close();
            throw new UncheckedIOException("Cannot create a Chromium profile folder", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(install.chromium().toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile, "--proxy-server=http://" + trap.proxy());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(install.chromedriver().toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
            Browser browser = new Browser(driver, trap, profile);
            browser.viewport(1280, 800);
            return browser;
        } catch (RuntimeException e) {
            trap.close();
            delete(profile);
            throw new IllegalStateException("Chromium (" + install.chromium() + ") did not start through "
                    + install.chromedriver() + ": " + e.getMessage(), e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Sets the viewport to exactly {@code width} × {@code height} CSS pixels (device scale 1, desktop mode, no
     * scrollbar eating into the width): what a 1280 px window at 400 % zoom gives at 320.
     */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
    }

    /**
     * Loads a page (and its fonts) from scratch; forgets the outbound requests of the previous page. Fails if the
     * browser ends up elsewhere (a script or a delayed refresh), as every check would then be about another page.
     */
    void open(URI address) {
        trap.drain();
        driver.get(address.toString());
        script("return document.fonts ? document.fonts.ready.then(() => true) : true;");
        String current = String.valueOf(driver.getCurrentUrl()).replaceFirst("#.*$", "");
        if (!current.equals(address.toString())) {
            throw new IllegalStateException("Opening " + address + " led the browser to " + current);
        }
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Presses a key as a reader does (a trusted key event: Tab moves the focus, Enter follows a link). */
    void press(Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** The requests that went to the proxy (so not to 127.0.0.1) since the page was opened. */
    List<String> outboundRequests() {
        return trap.drain();
    }

    /** A PNG of the whole page, beyond the viewport, at the current width. */
    void screenshot(Path file) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = ((Number) size.get("height")).doubleValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the screenshot " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            trap.close();
            delete(profile);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a profile left in the temporary folder is harmless
        }
    }
}
