package fr.crefop.stages.a11y;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;
import fr.crefop.stages.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: pages with Markdown tables and callouts. Features tested (RGAA 5.4, 5.6, 5.7, 3.1, 9.1.3): a table gets
 * its caption first or the name of the heading it comes under, column and declared row headers with their scope;
 * a callout's type is visible; « Sources » is a real heading; and the build's checks name the file and line of a
 * table without a name, of two tables with one name, of a row-header mark that has nothing to mark.
 */
class TableAndCalloutMarkupTest {

    @TempDir
    Path folder;

    private static final String PAGE = """
            -- content/a.md --
            ---
            title: Page
            description: Une page d'essai.
            ---
            ## Les membres

            | Organisation | Participants |
            | --- | --- |
            | MEDEF | Une personne |
            | CFTC | Une autre |
            [Membres présents]
            {.entetes-lignes}

            | Organisation | Excusés |
            | --- | --- |
            | U2P | Quelqu'un |

            !!! savoir "Horaires"
                Texte.

            ### Détail

            Texte.

            !!! sources
                - Une source
            """;

    @Test
    void rendersCaptionFirstHeadersWithScopeAndNamesFromHeadings() {
        TestSite site = TestSite.write(folder, TestSite.HOME + PAGE);
        site.build();
        Document page = site.page("/a/");

        List<Element> tables = page.select("main table");
        assertThat(tables).hasSize(2);
        Element first = tables.get(0);
        assertThat(first.child(0).normalName()).isEqualTo("caption");
        assertThat(first.child(0).text()).isEqualTo("Membres présents");
        assertThat(first.select("thead th").eachAttr("scope")).containsExactly("col", "col");
        assertThat(first.select("tbody th[scope=row]").eachText()).containsExactly("MEDEF", "CFTC");
        assertThat(first.select("tbody td").eachText()).containsExactly("Une personne", "Une autre");
        assertThat(first.parent().attr("aria-label")).isEqualTo("Tableau : Membres présents");

        Element second = tables.get(1);
        assertThat(second.select("caption")).isEmpty();
        assertThat(second.attr("aria-labelledby")).isEqualTo("les-membres");
        assertThat(second.select("tbody th")).isEmpty();
        assertThat(second.parent().attr("aria-label")).isEqualTo("Tableau : Les membres");
    }

    @Test
    void showsTheCalloutTypeAndMakesSourcesAHeading() {
        TestSite site = TestSite.write(folder, TestSite.HOME + PAGE);
        site.build();
        Document page = site.page("/a/");

        Element type = page.selectFirst("div.callout--savoir .callout__title .callout__type");
        assertThat(type).isNotNull();
        assertThat(type.ownText()).isEqualTo("Bon à savoir");
        assertThat(type.hasClass("sr-only")).isFalse();
        assertThat(page.selectFirst("div.callout--savoir .callout__title").text()).contains("Bon à savoir", "Horaires");

        Element sources = page.selectFirst("main section.callout--sources");
        assertThat(sources).isNotNull();
        assertThat(sources.child(0).normalName()).isEqualTo("h2");
        assertThat(sources.child(0).text()).isEqualTo("Sources");
        assertThat(page.select("p.callout__title:contains(Sources)")).isEmpty();
    }

    @Test
    void reportsTwoTablesWithOneNameAtTheSecondTableLine() {
        SiteException e = TestSite.write(folder, TestSite.HOME + """
                -- content/a.md --
                ---
                title: Page
                description: Une page d'essai.
                ---
                ## Les membres réunis

                | Organisation | Participants |
                | --- | --- |
                | MEDEF | Une personne |

                Étaient excusés :

                | Organisation | Excusés |
                | --- | --- |
                | U2P | Quelqu'un |
                """).buildFails();
        Finding finding = TestSite.onlyError(e);
        assertThat(finding.location()).isEqualTo("content/a.md:13");
        assertThat(finding.rule()).isEqualTo("table-name");
        assertThat(finding.message()).isEqualTo("deux tableaux de la page ont le même nom « Les membres réunis » (l'autre ligne 7)");
        assertThat(finding.hint()).contains("[Membres excusés]");
    }

    @Test
    void reportsATableWithoutName() {
        SiteException e = TestSite.write(folder, TestSite.HOME + """
                -- content/a.md --
                ---
                title: Page
                description: Une page d'essai.
                ---
                Avant tout intertitre :

                | Organisation | Participants |
                | --- | --- |
                | MEDEF | Une personne |
                """).buildFails();
        Finding finding = TestSite.onlyError(e);
        assertThat(finding.location()).isEqualTo("content/a.md:7");
        assertThat(finding.message()).isEqualTo("le tableau n'a pas de nom (ni légende, ni intertitre avant lui)");
    }

    @Test
    void reportsDeclaredRowHeadersThatAreMissing() {
        SiteException e = TestSite.write(folder, TestSite.HOME + """
                -- content/a.md --
                ---
                title: Page
                description: Une page d'essai.
                ---
                ## Horaires

                | Jour | Matin |
                | --- | --- |
                |  | Accueil |
                |  | Visite |
                {.entetes-lignes}

                Un paragraphe marqué par erreur.
                {.entetes-lignes}
                """).buildFails();
        List<Finding> errors = e.findings().stream().filter(Finding::isError).toList();
        assertThat(errors).extracting(Finding::location).containsExactly("content/a.md:7", "content/a.md:13");
        assertThat(errors).extracting(Finding::rule).containsOnly("table-headers");
        assertThat(errors.get(0).message()).contains("{.entetes-lignes}", "première colonne");
        assertThat(errors.get(1).message()).isEqualTo("{.entetes-lignes} ne suit pas un tableau");
    }

    @Test
    void reportsAFigureWithoutNameInTheLayoutThatWritesIt() throws java.io.IOException {
        TestSite site = TestSite.write(folder, TestSite.HOME + """
                -- templates/fiche.ftl --
                <#ftl output_format="HTML" strip_whitespace=true>
                <#import "_base.ftl" as base>
                <@base.layout mainClass="page">
                  <@base.pageHead/>
                  <figure><p>Un schéma</p><figcaption>Le schéma de l'atelier</figcaption></figure>
                  <@base.article/>
                </@base.layout>
                -- content/a.md --
                ---
                title: Page
                description: Une page d'essai.
                layout: fiche
                ---
                Texte.
                """);
        // a site with its own templates/ folder has all its layouts there: copy the project's next to the new one
        try (java.util.stream.Stream<Path> layouts = java.nio.file.Files.list(Path.of("templates"))) {
            for (Path layout : layouts.toList()) {
                java.nio.file.Files.copy(layout, site.root().resolve("templates").resolve(layout.getFileName().toString()));
            }
        }
        SiteException e = site.buildFails();
        List<Finding> errors = e.findings().stream().filter(Finding::isError).toList();
        assertThat(errors).as(e.findings().toString()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("figure-name");
            assertThat(f.path()).isEqualTo("templates/fiche.ftl");
            assertThat(f.message()).startsWith("la figure « Le schéma de l’atelier » n’a pas de nom".replace('’', '\''));
            assertThat(f.hint()).contains("role=\"figure\"", "aria-label");
        });
    }
}
