package fr.crefop.stages.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Site: the repository's own site, built into {@code target/browser-site}, served on 127.0.0.1 and opened in
 * headless Chromium. Features tested, on every HTML page of the build, one test per page and per check:
 * axe-core WCAG 2.0/2.1 A and AA at 1280 px and again at 320 px, where the layout changes (zero violations), reflow
 * and text size at 320 px, text spacing (WCAG 1.4.12) at 1280 px, keyboard (skip link, Tab order, visible focus), no request leaving 127.0.0.1; plus
 * screenshots of three pages at 320 and 1280 px in {@code target/screenshots/}. Every finding, and what a person
 * should review, is also written to {@code target/browser-gate/report.txt}.
 */
@ExtendWith(RealSiteExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteGateIT {

    /** Pages shown in screenshots: home, a mémento page, the statistics page. */
    static final List<String> SCREENSHOT_PAGES = List.of("/", "/memento/pendant-le-stage/", "/statistiques/");

    private ServedBrowser served;
    private SitePages site;
    private SiteServer server;
    private Browser browser;
    private final List<GateFinding> failures = new ArrayList<>();
    private final List<GateFinding> toReview = new ArrayList<>();
    private final Map<String, Long> nanos = new TreeMap<>();

    @BeforeAll
    void start(SitePages builtSite) {
        site = builtSite;
        served = ServedBrowser.open(site.root());
        server = served.server();
        browser = served.browser();
    }

    @BeforeEach
    void needsChromium() {
        served.assumeChromium();
    }

    @AfterAll
    void stop() {
        try {
            if (served.isOpen()) {
                report();
            }
        } finally {
            served.close();
        }
    }

    @TestFactory
    @DisplayName("axe-core, WCAG 2.0/2.1 A et AA, à 1280 px : aucune violation")
    Stream<DynamicTest> axe() {
        return axeAt(1280, 800, "axe");
    }

    @TestFactory
    @DisplayName("axe-core, WCAG 2.0/2.1 A et AA, à 320 px (mise en page du téléphone) : aucune violation")
    Stream<DynamicTest> axeAt320() {
        return axeAt(ReflowGate.WIDTH, ReflowGate.HEIGHT, "axe-320");
    }

    private Stream<DynamicTest> axeAt(int width, int height, String name) {
        AxeGate gate = new AxeGate(browser);
        return perPage(name, page -> {
            browser.viewport(width, height);
            browser.open(server.address(page));
            AxeGate.Outcome outcome = gate.check(page);
            outcome.toReview().forEach(f -> toReview.add(f.as(name)));
            return outcome.violations().stream().map(f -> f.as(name)).toList();
        });
    }

    @TestFactory
    @DisplayName("320 px : pas de défilement horizontal, texte lisible")
    Stream<DynamicTest> reflow() {
        ReflowGate gate = new ReflowGate(browser);
        return perPage("reflow", page -> {
            ReflowGate.Outcome outcome = gate.check(page, server.address(page));
            toReview.addAll(outcome.toReview());
            return outcome.findings();
        });
    }

    @TestFactory
    @DisplayName("espacement du texte agrandi (WCAG 1.4.12, RGAA 10.12) : rien de coupé ni de superposé")
    Stream<DynamicTest> textSpacing() {
        TextSpacingGate gate = new TextSpacingGate(browser);
        return perPage("spacing", page -> {
            browser.viewport(TextSpacingGate.WIDTH, TextSpacingGate.HEIGHT);
            return gate.check(page, server.address(page));
        });
    }

    @TestFactory
    @DisplayName("clavier : lien d'évitement, tout atteint avec Tab, focus visible")
    Stream<DynamicTest> keyboard() {
        KeyboardGate gate = new KeyboardGate(browser);
        return perPage("keyboard", page -> gate.check(page, server.address(page)));
    }

    @TestFactory
    @DisplayName("aucune requête hors de 127.0.0.1")
    Stream<DynamicTest> requests() {
        RequestGate gate = new RequestGate(browser);
        return perPage("requests", page -> {
            RequestGate.Outcome outcome = gate.check(page, server.address(page), server.origin());
            toReview.addAll(outcome.toReview());
            return outcome.findings();
        });
    }

    @Test
    @DisplayName("captures d'écran à 320 et 1280 px (accueil : 320, 768, 1280, 1920) dans target/screenshots/")
    void screenshots() throws IOException {
        Path folder = Path.of("target", "screenshots").toAbsolutePath();
        for (String page : SCREENSHOT_PAGES) {
            assertThat(site.pages()).as("page to photograph").contains(page);
            // the home page also at 768 (tablet) and 1920 px (wide screen): its audience cards go side by side from 1000 px
            for (int width : page.equals("/") ? List.of(ReflowGate.WIDTH, 768, 1280, 1920) : List.of(ReflowGate.WIDTH, 1280)) {
                browser.viewport(width, 800);
                browser.open(server.address(page));
                Path file = folder.resolve(screenshotName(page) + "-" + width + ".png");
                browser.screenshot(file);
                assertThat(Files.size(file)).as(file.toString()).isGreaterThan(1000);
            }
        }
        System.out.println("[browser gate] screenshots in " + folder);
    }

    static String screenshotName(String page) {
        String name = page.replaceAll("^/|/$", "").replace('/', '-');
        return name.isEmpty() ? "accueil" : name;
    }

    /** One test per page, named by the page, failing with every finding of that page. */
    private Stream<DynamicTest> perPage(String gate, Function<String, List<GateFinding>> check) {
        return site.pages().stream().map(page -> DynamicTest.dynamicTest(gate + " " + page, timed(gate, () -> {
            List<GateFinding> findings = check.apply(page);
            failures.addAll(findings);
            if (!findings.isEmpty()) {
                fail(GateFinding.report(page, gate, findings));
            }
        })));
    }

    private Executable timed(String gate, Executable test) {
        return () -> {
            long start = System.nanoTime();
            try {
                test.execute();
            } finally {
                nanos.merge(gate, System.nanoTime() - start, Long::sum);
            }
        };
    }

    private void report() {
        StringBuilder text = new StringBuilder();
        text.append("Browser quality gate: ").append(site.pages().size()).append(" pages, ")
                .append(failures.size()).append(" failure(s), ").append(toReview.size()).append(" to review\n");
        nanos.forEach((gate, time) -> text.append(String.format(Locale.ROOT, "  %-9s %6.1f s, %d failure(s)%n",
                gate, time / 1e9, failures.stream().filter(f -> f.gate().equals(gate)).count())));
        failures.forEach(f -> text.append(f).append('\n'));
        String summary = text.toString().strip();
        if (!toReview.isEmpty()) {
            text.append("\nTo review by a person, not failures (axe could not decide; chart text small at 320 px;")
                    .append(" Chromium's own requests): ").append(toReview.size()).append('\n');
            toReview.forEach(f -> text.append(f).append('\n'));
        }
        Path file = Path.of("target", "browser-gate", "report.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        System.out.println("[browser gate] " + summary.lines().limit(1 + nanos.size()).collect(Collectors.joining("\n"))
                + "\n[browser gate] full report: " + file.toAbsolutePath());
    }
}
