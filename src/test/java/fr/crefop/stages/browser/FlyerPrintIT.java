package fr.crefop.stages.browser;

import fr.crefop.stages.pipeline.BuildLog;
import fr.crefop.stages.pipeline.BuildOptions;
import fr.crefop.stages.pipeline.SiteBuild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: the repository's own site as shipped (no url: « adresse à confirmer »), and the same sources with
 * {@code url: https://exemple.test/} (flyers with QR codes). Features tested: every flyer ({@code …/affiche/})
 * prints on exactly one A4 page in Chromium's print-to-PDF.
 */
@ExtendWith(RealSiteExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlyerPrintIT {

    private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");
    private static final Pattern PAGE_COUNT = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b");

    @TempDir
    Path folder;
    private Optional<BrowserInstall> install = Optional.empty();
    private Browser browser;

    @BeforeAll
    void start() {
        install = BrowserInstall.lookUp();
        if (install.isPresent()) {
            browser = Browser.launch(install.get());
        }
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyFlyerOfTheShippedSiteFitsOneA4Page(SitePages site) {
        BrowserInstall.skipUnless(install);
        assertFlyersFitOnePage(site);
    }

    @Test
    void everyFlyerWithItsQrCodeFitsOneA4Page() throws IOException {
        BrowserInstall.skipUnless(install);
        Path project = Path.of("").toAbsolutePath();
        Path copy = folder.resolve("site");
        for (String part : List.of("content", "data", "templates", "assets")) {
            copyTree(project.resolve(part), copy.resolve(part));
        }
        String config = Files.readString(project.resolve("site.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^url:.*$", "url: https://exemple.test/");
        Files.writeString(copy.resolve("site.yaml"), config, StandardCharsets.UTF_8);
        Path output = folder.resolve("out");
        new SiteBuild(new BuildOptions(copy, output, false, true), BuildLog.silent()).run();
        SitePages site = SitePages.in(output);
        assertThat(Files.readString(output.resolve("familles/affiche/index.html"))).contains("<svg");
        assertFlyersFitOnePage(site);
    }

    private void assertFlyersFitOnePage(SitePages site) {
        List<String> flyers = site.pages().stream().filter(p -> p.endsWith("/affiche/")).toList();
        assertThat(flyers).hasSizeGreaterThan(10).contains("/familles/affiche/");
        List<String> tooLong = new ArrayList<>();
        try (SiteServer server = SiteServer.serve(site.root())) {
            // the counter itself: a long page of the site prints on several pages
            browser.open(server.address("/memento/faq/"));
            assertThat(pageCount(printA4())).isGreaterThan(1);
            for (String flyer : flyers) {
                browser.open(server.address(flyer));
                int pages = pageCount(printA4());
                if (pages != 1) {
                    tooLong.add(flyer + " : " + pages + " pages");
                }
            }
        }
        assertThat(tooLong).as("flyers that do not fit one A4 page").isEmpty();
    }

    /** The current page printed by Chromium on A4 paper (PageSize takes the height, then the width, in cm). */
    private String printA4() {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setBackground(false);
        return new String(Base64.getDecoder().decode(((PrintsPage) browser.driver()).print(options).getContent()),
                StandardCharsets.ISO_8859_1);
    }

    static int pageCount(String pdf) {
        Matcher count = PAGE_COUNT.matcher(pdf);
        if (count.find()) {
            return Integer.parseInt(count.group(1) != null ? count.group(1) : count.group(2));
        }
        Matcher page = PAGE_OBJECT.matcher(pdf);
        int pages = 0;
        while (page.find()) {
            pages++;
        }
        return pages;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
