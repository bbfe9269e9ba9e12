package fr.crefop.stages.browser;

import fr.crefop.stages.extras.FrenchWords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: the repository's own site, served on 127.0.0.1 and opened in headless Chromium. Features tested: the search
 * box of the header with the keyboard only (Tab to the box, type, the expected page comes first, the count is
 * announced in a live region, Tab reaches the results, Enter follows one), the search page for {@code ?q=}, the
 * index fetched only once the reader starts, and the same word rules in the browser as in the Java build.
 */
@ExtendWith(RealSiteExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT {

    private static final int MAX_TABS = 20;

    private ServedBrowser served;
    private SiteServer server;
    private Browser browser;

    @BeforeAll
    void start(SitePages site) {
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
        served.close();
    }

    @ParameterizedTest(name = "« {0} » → {1}… en premier, au clavier")
    @CsvSource({
            "assurance, /memento/avant-le-stage/#verifier-votre-assurance",
            "securite, /memento/pendant-le-stage/",
            "conventions, /memento/avant-le-stage/#signer-la-convention"})
    void typingInTheHeaderBoxShowsTheExpectedPageFirst(String word, String expected) {
        browser.viewport(1280, 800);
        browser.open(server.address("/"));
        assertThat(browser.script("return performance.getEntriesByType('resource').filter(r => /index\\.json|search\\.js$/.test(r.name)).length"))
                .as("nothing of the search is loaded before the reader starts").isEqualTo(0L);
        tabTo("recherche-champ");
        new Actions(browser.driver()).sendKeys(word).perform();
        List<?> hrefs = waitForResults();
        assertThat(hrefs).as("results for « " + word + " »").isNotEmpty();
        String first = path(String.valueOf(hrefs.get(0)));
        assertThat(first).startsWith(expected);
        assertThat((String) browser.script("return document.querySelector('header [role=status]').textContent"))
                .matches("\\d+ résultats? pour « " + word + " »");

        browser.press(Keys.TAB);
        browser.press(Keys.TAB);
        assertThat(path((String) browser.script("return document.activeElement.href"))).as("Tab reaches the first result")
                .isEqualTo(first);
        browser.press(Keys.ENTER);
        waitUntil("return location.pathname + location.hash === arguments[0]", first);
    }

    @Test
    @DisplayName("la page de recherche montre les résultats de ?q=, sans le message « sans JavaScript »")
    void searchPageShowsTheResultsOfTheQuery() {
        browser.viewport(1280, 800);
        browser.open(server.address("/recherche/?q=horaires"));
        waitUntil("return document.querySelectorAll('#resultats-recherche .search-result a').length > 0");
        assertThat((String) browser.script("return document.querySelector('#resultats-recherche h2').textContent"))
                .matches("\\d+ résultats? pour « horaires »");
        assertThat((Boolean) browser.script("return document.querySelector('.search-page__nojs').hidden")).isTrue();
        assertThat((String) browser.script("return document.querySelector('#resultats-recherche mark').textContent"))
                .containsIgnoringCase("horaire");
    }

    @Test
    @DisplayName("le navigateur découpe les mots comme la construction Java")
    void browserAndBuildAgreeOnWords() {
        browser.open(server.address("/"));
        tabTo("recherche-champ");
        waitUntil("return typeof window.mementoSearchStems === 'function'");
        String text = "L'assurance de l’élève : sécurité, conventions, accueillir, accueillent, horaires, journaux, "
                + "PFMP 3e 2025 qu'il Œuvre signée établissements formations tuteurs tutrice Seine-Maritime";
        assertThat((List<?>) browser.script("return window.mementoSearchStems(arguments[0])", text))
                .isEqualTo(FrenchWords.stems(text));
    }

    private void tabTo(String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            browser.press(Keys.TAB);
            if (id.equals(browser.script("return document.activeElement.id"))) {
                return;
            }
        }
        throw new AssertionError("the search box #" + id + " is not reached with " + MAX_TABS + " Tabs");
    }

    private List<?> waitForResults() {
        waitUntil("var b = document.querySelector('header .search__results'); return !!b && !b.hidden && !!b.querySelector('a, .search__none')");
        return (List<?>) browser.script("return Array.from(document.querySelectorAll('header .search-result__link')).map(a => a.href)");
    }

    private void waitUntil(String condition, Object... arguments) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(browser.script(condition, arguments))) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("still false after 10 s: " + condition + " " + List.of(arguments) + "; page: "
                + browser.script("return location.href"));
    }

    private static String path(String href) {
        java.net.URI uri = java.net.URI.create(href);
        return uri.getRawPath() + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

}
