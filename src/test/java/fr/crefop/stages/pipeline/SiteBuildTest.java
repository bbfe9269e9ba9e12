package fr.crefop.stages.pipeline;

import fr.crefop.stages.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: a home page, a « mémento » section with two pages (one with an accented file name), a draft, an old
 * address. Features tested: ASCII addresses, links written to source files, heading ids, callouts, checklists,
 * French quotes, table of contents, breadcrumb and navigation, drafts, redirects, assets.
 */
class SiteBuildTest {

    @TempDir
    Path folder;
    private TestSite site;

    @BeforeEach
    void writeSite() {
        site = TestSite.write(folder, """
                -- site.yaml --
                title: Site d'essai
                navigation:
                  - title: Mémento
                    page: memento/index.md
                footer:
                  - title: Plan du site
                    page: /
                -- content/index.md --
                ---
                title: Accueil
                description: La page d'accueil du site d'essai.
                layout: home
                ---
                Lisez [le rôle du tuteur](memento/Pendant le stage.md#role-du-tuteur) et "la FAQ".

                - [ ] Préparer le badge
                - [ ] Prévoir un tuteur
                -- content/memento/index.md --
                ---
                title: Mémento
                description: Le mémento des entreprises.
                layout: section
                ---
                Tout ce qu'il faut savoir.
                -- content/memento/Pendant le stage.md --
                ---
                title: Pendant le stage
                description: Ce que fait l'entreprise pendant le stage.
                aliases: [/ancien/pendant.html]
                order: 20
                ---
                ## Accueillir l'élève

                Texte, voir [plus bas](#role-du-tuteur).

                ## Rôle du tuteur

                !!! attention
                    Aucune machine interdite aux mineurs.

                ## Après l'accueil

                Voir [la page d'accueil](../index.md) et [le mémento](/memento/).

                !!! savoir "Horaires"
                    Pas plus de 35 heures.

                | Jour | Activité |
                |---|---|
                | Lundi | Visite |
                -- content/memento/avant.md --
                ---
                title: Avant le stage
                description: Préparer l'accueil.
                order: 10
                ---
                Texte.
                -- content/memento/brouillon.md --
                ---
                title: Page en cours
                status: draft
                ---
                Pas prête.
                -- content/memento/schema.svg --
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>
                """);
    }

    @Test
    void publishesFrenchPagesAtAsciiAddresses() {
        site.build();

        Document page = site.page("/memento/pendant-le-stage/");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("h1")).singleElement().extracting(Element::text).isEqualTo("Pendant le stage");
        assertThat(page.title()).contains("Pendant le stage");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("Ce que fait l’entreprise pendant le stage.");
        assertThat(site.exists("memento/pendant-le-stage/index.html")).isTrue();
        assertThat(site.exists("memento/schema.svg")).isTrue();
    }

    @Test
    void rewritesLinksWrittenToSourceFiles() {
        site.build();

        Document home = site.page("/");
        assertThat(home.select("main a").eachAttr("href")).contains("/memento/pendant-le-stage/#role-du-tuteur");
        Document page = site.page("/memento/pendant-le-stage/");
        assertThat(page.select("main a").eachAttr("href")).contains("#role-du-tuteur", "/", "/memento/");
    }

    @Test
    void givesHeadingsAsciiIdsAndListsThemInATableOfContents() {
        site.build();

        Document page = site.page("/memento/pendant-le-stage/");
        assertThat(page.select("main .prose h2").eachAttr("id")).containsExactly("accueillir-l-eleve", "role-du-tuteur", "apres-l-accueil");
        assertThat(page.select("nav.toc a").eachAttr("href")).containsExactly("#accueillir-l-eleve", "#role-du-tuteur", "#apres-l-accueil");
        assertThat(page.select("nav.toc a").eachText()).contains("Accueillir l’élève", "Après l’accueil");
    }

    @Test
    void namesCalloutsAndTablesForScreenReaders() {
        site.build();

        Document page = site.page("/memento/pendant-le-stage/");
        Element callout = page.selectFirst("div.callout--savoir");
        assertThat(callout.selectFirst(".callout__title").text()).isEqualTo("Bon à savoir : Horaires");
        assertThat(callout.selectFirst(".callout__title .callout__type").ownText()).isEqualTo("Bon à savoir");
        Element region = page.selectFirst("div.table-scroll[role=region][tabindex=0]");
        assertThat(region.attr("aria-label")).isEqualTo("Tableau : Après l’accueil");
    }

    @Test
    void rendersCalloutsChecklistsAndFrenchQuotes() {
        site.build();

        Document page = site.page("/memento/pendant-le-stage/");
        Element callout = page.selectFirst("div.callout.callout--attention[role=note]");
        assertThat(callout).isNotNull();
        assertThat(callout.selectFirst(".callout__title").text()).isEqualTo("Attention");
        Document home = site.page("/");
        assertThat(home.select("ul.checklist > li.checklist__item")).hasSize(2);
        // each box is a real checkbox, named by its item's text (see markdown.ChecklistRenderer)
        assertThat(home.select("main li.checklist__item > input[type=checkbox]")).hasSize(2)
                .allSatisfy(box -> assertThat(home.select("label[for=" + box.id() + "]").text()).isNotBlank());
        assertThat(home.selectFirst("main p").wholeText()).contains("«\u00a0la FAQ\u00a0»");
    }

    @Test
    void showsBreadcrumbNavigationAndSectionChildrenInOrder() {
        site.build();

        Document page = site.page("/memento/pendant-le-stage/");
        assertThat(page.select("nav[aria-label=\"Fil d'Ariane\"] a").eachText()).containsExactly("Accueil", "Mémento");
        assertThat(page.selectFirst("nav[aria-label=Menu principal] a[aria-current]").text()).isEqualTo("Mémento");
        Document section = site.page("/memento/");
        assertThat(section.select("main a").eachText()).containsSubsequence("Avant le stage", "Pendant le stage");
    }

    @Test
    void leavesDraftsOutUnlessAsked() {
        site.build();
        assertThat(site.exists("memento/brouillon/index.html")).isFalse();
        assertThat(site.output().toFile().list()).noneMatch(name -> name.contains("draft"));

        site.build(true);
        Document draft = site.page("/memento/brouillon/");
        assertThat(draft.text()).contains("Brouillon");
        assertThat(draft.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
    }

    @Test
    void leavesAPageAtEachOldAddress() {
        site.build();

        Document redirect = site.page("/ancien/pendant.html");
        assertThat(redirect.selectFirst("meta[http-equiv=refresh]").attr("content")).endsWith("url=/memento/pendant-le-stage/");
        assertThat(redirect.select("main a").eachAttr("href")).contains("/memento/pendant-le-stage/");
    }

    @Test
    void buildsTheSameBytesTwice() throws Exception {
        site.build();
        String first = site.read("memento/pendant-le-stage/index.html");
        site.build();
        assertThat(site.read("memento/pendant-le-stage/index.html")).isEqualTo(first);
    }
}
