package fr.crefop.stages.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Site: the repository's own site, built into {@code target/browser-site}; and the fixture pages of
 * {@code src/test/resources/browser/}. Features tested: every page passes the Nu HTML Checker, offline, with zero
 * errors (warnings are printed); the checker does catch the fixture's errors. Needs no browser.
 */
@ExtendWith(RealSiteExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityIT {

    private HtmlValidity checker;
    private SitePages site;

    @BeforeAll
    void setUp(SitePages builtSite) {
        site = builtSite;
        checker = new HtmlValidity();
    }

    @TestFactory
    @DisplayName("Nu HTML Checker : aucune erreur")
    Stream<DynamicTest> everyPageIsValidHtml() {
        return site.pages().stream().map(page -> DynamicTest.dynamicTest("html " + page, () -> {
            HtmlValidity.Outcome outcome = checker.check(page, site.file(page));
            outcome.warnings().forEach(w -> System.out.println("[browser gate] " + w));
            if (!outcome.errors().isEmpty()) {
                fail(GateFinding.report(page, "html", outcome.errors()));
            }
        }));
    }

    @Test
    void reportsTheLineAndMessageOfAnInvalidPage() throws URISyntaxException {
        SitePages fixtures = SitePages.in(Path.of(HtmlValidityIT.class.getResource("/browser").toURI()));

        HtmlValidity.Outcome outcome = checker.check("/broken/", fixtures.file("/broken/"));

        assertThat(outcome.errors()).anySatisfy(error -> {
            assertThat(error.message()).contains("img").contains("alt");
            assertThat(error.element()).startsWith("ligne ").contains("<img");
        });
    }

    @Test
    void acceptsAValidPage() throws URISyntaxException {
        SitePages fixtures = SitePages.in(Path.of(HtmlValidityIT.class.getResource("/browser").toURI()));

        assertThat(checker.check("/good/", fixtures.file("/good/")).errors()).isEmpty();
    }
}
