package fr.crefop.stages.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Features tested: finding Chromium and its driver, and what happens when they are missing (skip, or fail in CI). */
class BrowserInstallTest {

    private static final Map<String, String> NO_BROWSER = Map.of("PATH", "/nonexistent");

    @Test
    void withoutChromiumTheTestsAreNotRunAndSayHowToInstallIt() {
        Properties properties = properties("browser.chromium", "/nonexistent/chromium");
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        Optional<BrowserInstall> install = BrowserInstall.lookUp(NO_BROWSER, properties,
                new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(install).isEmpty();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("NON EXÉCUTÉ")
                .contains("sudo apt-get install chromium chromium-driver").contains("mvn -B verify");
        assertThatThrownBy(() -> BrowserInstall.skipUnless(install))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("Chromium absent : installez-le avec `sudo apt-get install chromium chromium-driver`");
    }

    @Test
    void withoutChromiumInCiTheTestsFail() {
        Map<String, String> ci = Map.of("PATH", "/nonexistent", "MEMENTO_BROWSER_TESTS", "required");
        Properties properties = properties("browser.chromium", "/nonexistent/chromium");

        assertThatThrownBy(() -> BrowserInstall.lookUp(ci, properties, System.err))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Chromium absent : installez-le avec `sudo apt-get install chromium chromium-driver`");
    }

    @Test
    void theSystemPropertyAlsoRequiresTheBrowser() {
        assertThat(BrowserInstall.required(Map.of(), properties("browser.required", "true"))).isTrue();
        assertThat(BrowserInstall.required(Map.of("MEMENTO_BROWSER_TESTS", "REQUIRED"), new Properties())).isTrue();
        assertThat(BrowserInstall.required(Map.of("MEMENTO_BROWSER_TESTS", "auto"), new Properties())).isFalse();
        assertThat(BrowserInstall.required(Map.of(), new Properties())).isFalse();
    }

    @Test
    void findsBothProgramsOnThePath(@TempDir Path bin) throws IOException {
        executable(bin.resolve("chromium"));
        executable(bin.resolve("chromedriver"));

        assertThat(BrowserInstall.find(Map.of("PATH", bin.toString()), properties("browser.x", "")))
                .hasValue(new BrowserInstall(bin.resolve("chromium"), bin.resolve("chromedriver")));
    }

    @Test
    void startsDebiansChromiumBinaryRatherThanItsLauncherScript(@TempDir Path usr) throws IOException {
        Files.createDirectories(usr.resolve("bin"));
        Files.createDirectories(usr.resolve("lib/chromium"));
        executable(usr.resolve("bin/chromium"));
        executable(usr.resolve("lib/chromium/chromium"));

        assertThat(BrowserInstall.unwrapped(usr.resolve("bin/chromium"))).isEqualTo(usr.resolve("lib/chromium/chromium"));
        assertThat(BrowserInstall.unwrapped(usr.resolve("lib/chromium/chromium"))).isEqualTo(usr.resolve("lib/chromium/chromium"));
    }

    private static void executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
