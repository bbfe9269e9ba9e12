package fr.crefop.stages.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Features tested: every HTML file of a built site becomes the address a reader types, in a stable order. */
class SitePagesTest {

    @Test
    void listsEveryHtmlFileAsItsAddress(@TempDir Path site) throws IOException {
        for (String file : new String[] {"index.html", "memento/index.html", "memento/faq/index.html", "404.html",
                "assets/css/site.css", "statistiques/donnees.csv"}) {
            Files.createDirectories(site.resolve(file).getParent());
            Files.writeString(site.resolve(file), "x");
        }

        SitePages pages = SitePages.in(site);

        assertThat(pages.pages()).containsExactly("/", "/404.html", "/memento/", "/memento/faq/");
        assertThat(pages.file("/memento/faq/")).isEqualTo(site.resolve("memento/faq/index.html"));
        assertThat(pages.file("/")).isEqualTo(site.resolve("index.html"));
    }

    @Test
    void refusesAFolderWithoutPages(@TempDir Path site) {
        assertThatThrownBy(() -> SitePages.in(site)).hasMessageContaining("No HTML page");
    }
}
