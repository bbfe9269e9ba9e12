package fr.crefop.stages.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where headless Chromium and its driver are on this machine (Debian packages {@code chromium} and
 * {@code chromium-driver}), and what to do when they are not there: the browser tests are reported as not run,
 * unless they are required (CI: {@code MEMENTO_BROWSER_TESTS=required}, or {@code -Dbrowser.required=true}), in
 * which case their absence is a failure.
 *
 * @param chromium     the browser
 * @param chromedriver its WebDriver server
 */
record BrowserInstall(Path chromium, Path chromedriver) {

    static final String MISSING = "Chromium absent : installez-le avec `sudo apt-get install chromium chromium-driver`,"
            + " puis relancez `mvn -B verify`";

    /**
     * The install, if there is one. If not: a failure when the browser tests are required; otherwise a notice on the
     * console (Maven's summary does not show why tests were skipped), and the tests call {@link #skipUnless}.
     */
    static Optional<BrowserInstall> lookUp() {
        return lookUp(System.getenv(), System.getProperties(), System.err);
    }

    static Optional<BrowserInstall> lookUp(Map<String, String> environment, Properties properties, PrintStream console) {
        Optional<BrowserInstall> install = find(environment, properties);
        if (install.isEmpty() && required(environment, properties)) {
            return Assertions.fail(MISSING + " (tests du navigateur exigés :"
                    + " MEMENTO_BROWSER_TESTS=required ou -Dbrowser.required=true)");
        }
        if (install.isEmpty()) {
            console.println("[browser gate] NON EXÉCUTÉ — " + MISSING);
        }
        return install;
    }

    /** Aborts the current test, reported as skipped with {@link #MISSING} as the reason, when there is no install. */
    static void skipUnless(Optional<BrowserInstall> install) {
        Assumptions.assumeTrue(install.isPresent(), MISSING);
    }

    static boolean required(Map<String, String> environment, Properties properties) {
        return "required".equalsIgnoreCase(environment.getOrDefault("MEMENTO_BROWSER_TESTS", "").strip())
                || Boolean.parseBoolean(properties.getProperty("browser.required", "false").strip());
    }

    /** Looks for explicit paths ({@code -Dbrowser.chromium=…}, {@code -Dbrowser.chromedriver=…}) then the PATH. */
    static Optional<BrowserInstall> find(Map<String, String> environment, Properties properties) {
        List<String> path = Stream.of(environment.getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
                .filter(s -> !s.isBlank()).toList();
        Optional<Path> chromium = executable(properties.getProperty("browser.chromium"), path,
                "chromium", "chromium-browser").map(BrowserInstall::unwrapped);
        Optional<Path> driver = executable(properties.getProperty("browser.chromedriver"), path, "chromedriver");
        return chromium.flatMap(c -> driver.map(d -> new BrowserInstall(c, d)));
    }

    /**
     * Debian's {@code /usr/bin/chromium} is a shell script that sources {@code /etc/chromium.d/}: it exports Google
     * API keys (which switch on more of Chromium's own calls to Google) and adds flags that load extensions. The
     * binary it starts, {@code /usr/lib/chromium/chromium}, is used directly when there.
     */
    static Path unwrapped(Path launcher) {
        Path binary = launcher.toAbsolutePath().getParent().resolveSibling("lib/chromium/chromium");
        try {
            boolean script = Files.size(launcher) < 100_000
                    && Files.readString(launcher, StandardCharsets.ISO_8859_1).startsWith("#!");
            return script && Files.isExecutable(binary) ? binary : launcher;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + launcher, e);
        }
    }

    private static Optional<Path> executable(String explicit, List<String> path, String... names) {
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit)).filter(Files::isExecutable);
        }
        Stream<String> folders = Stream.concat(path.stream(), Stream.of("/usr/bin", "/usr/local/bin")).distinct();
        return folders.flatMap(folder -> Stream.of(names).map(name -> Path.of(folder, name)))
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }
}
