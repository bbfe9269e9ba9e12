package fr.crefop.stages.hostile;

import fr.crefop.stages.testing.HostileBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: a home page and a page {@code content/guide.md}, built once with {@code --accept-addresses}, then the guide
 * renamed.
 * Features tested: the list of published addresses is written sorted with its French header; removing a listed page
 * without an alias fails naming the address, the list's line and both fixes; an alias on the new page fixes it (and
 * the old address becomes a redirect page with rel=canonical and a visible link); {@code --accept-addresses} records a
 * wanted removal.
 */
class PublishedAddressesTest {

    private static final String GUIDE = """
            -- content/guide.md --
            ---
            title: Le guide
            description: Un guide.
            ---
            Texte.
            """;

    @TempDir
    Path folder;

    private HostileBuild accepted() throws IOException {
        HostileBuild hostile = HostileBuild.in(folder);
        hostile.site().add(GUIDE);
        HostileBuild.Outcome outcome = hostile.run("build", "--accept-addresses");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        return hostile;
    }

    private Path list(HostileBuild hostile) {
        return hostile.site().root().resolve("adresses-publiees.txt");
    }

    @Test
    void acceptAddressesWritesTheSortedList() throws IOException {
        HostileBuild hostile = accepted();

        String text = Files.readString(list(hostile), StandardCharsets.UTF_8);
        assertThat(text).startsWith("# Adresses publiées par le site");
        assertThat(text.lines().filter(l -> !l.startsWith("#")).toList())
                // the 404 and search pages are made by the build for every site
                .containsExactly("/", "/404.html", "/guide/", "/recherche/");
    }

    @Test
    void removingAPublishedPageWithoutAliasFailsNamingTheAddress() throws IOException {
        HostileBuild hostile = accepted();
        Files.delete(hostile.site().root().resolve("content/guide.md"));
        hostile.site().add(GUIDE.replace("content/guide.md", "content/le-guide.md"));

        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);

        int line = Files.readAllLines(list(hostile)).indexOf("/guide/") + 1;
        assertThat(outcome.stderr()).contains(
                "ERROR adresses-publiees.txt:" + line + " l'adresse publiée /guide/ a disparu",
                "ajoutez `aliases: [/guide/]` à la page qui la remplace, ou lancez build --accept-addresses si la suppression est voulue");
    }

    @Test
    void anAliasOnTheNewPageFixesIt() throws IOException {
        HostileBuild hostile = accepted();
        Files.delete(hostile.site().root().resolve("content/guide.md"));
        hostile.site().add(GUIDE.replace("content/guide.md", "content/le-guide.md")
                .replace("description: Un guide.", "description: Un guide.\naliases: [/guide/]"));

        HostileBuild.Outcome outcome = hostile.run("build");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        Document redirect = Jsoup.parse(hostile.site().output().resolve("guide/index.html").toFile(), "UTF-8");
        assertThat(redirect.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("/le-guide/");
        assertThat(redirect.selectFirst("main a[href=/le-guide/]").text()).isEqualTo("Le guide");
    }

    @Test
    void acceptAddressesRecordsAWantedRemoval() throws IOException {
        HostileBuild hostile = accepted();
        Files.delete(hostile.site().root().resolve("content/guide.md"));

        HostileBuild.Outcome outcome = hostile.run("build", "--accept-addresses");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(Files.readAllLines(list(hostile))).doesNotContain("/guide/").contains("/");
        assertThat(hostile.run("build").exitCode()).isZero();
    }

    @Test
    void aSiteWithoutTheListIsNotChecked() {
        HostileBuild hostile = HostileBuild.in(folder).publish();

        assertThat(hostile.run("build").exitCode()).isZero();
        assertThat(list(hostile)).doesNotExist();
    }
}
