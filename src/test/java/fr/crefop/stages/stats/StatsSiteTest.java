package fr.crefop.stages.stats;

import fr.crefop.stages.stats.data.StatsFixture;
import fr.crefop.stages.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: a home page with inline figures, the statistics files of the working group, the départements' outlines.
 * Features tested: figures injected in prose with their source, « non communiqué » for absent figures, derived
 * figures labelled, generated overview and département pages, chart and map with data tables, open data, a new
 * campaign in the CSV reaching every page.
 */
class StatsSiteTest {

    @TempDir
    Path folder;
    private TestSite site;

    @BeforeEach
    void writeSite() throws Exception {
        site = TestSite.write(folder, StatsFixture.ALL);
        Path geo = folder.resolve(StatsFixture.GEO_FROM_REPOSITORY);
        Files.createDirectories(geo.getParent());
        Files.copy(Path.of(StatsFixture.GEO_FROM_REPOSITORY), geo);
    }

    @Test
    void injectsFiguresInProseWithFrenchFormatAndSource() {
        site.build();
        Document home = site.page("/");
        Element[] stats = home.select("span.stat").toArray(new Element[0]);
        assertThat(stats).hasSize(3);
        assertThat(stats[0].text()).startsWith("91,77 %");
        assertThat(stats[0].selectFirst(".stat__source a").attr("href")).isEqualTo("/statistiques/#source-enquete");
        assertThat(stats[1].text()).startsWith("85 % (calculé)");
        assertThat(stats[2].text()).isEqualTo("non communiqué");
    }

    @Test
    void generatesOverviewAndOnePagePerDepartement() {
        site.build();
        Document overview = site.page("/statistiques/");
        assertThat(overview.select("main figure svg[role=img]")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(overview.select("#source-enquete")).hasSize(1);
        for (String slug : new String[]{"calvados", "eure", "manche", "orne", "seine-maritime"}) {
            assertThat(site.exists("statistiques/" + slug + "/index.html")).as(slug).isTrue();
        }
        Document eure = site.page("/statistiques/eure/");
        Element row = eure.select("main table.stats-table tr").stream()
                .filter(r -> r.text().startsWith("Taux de placement")).findFirst().orElseThrow();
        assertThat(row.text()).contains("85 % (calculé)", "91,77 %", "−6,77 points");
        Document calvados = site.page("/statistiques/calvados/");
        assertThat(calvados.selectFirst("main table.stats-table").text()).contains("non communiqué");
    }

    @Test
    void everyChartAndMapComesWithItsDataTable() {
        site.build();
        Document overview = site.page("/statistiques/");
        for (Element figure : overview.select("main figure.stats-figure")) {
            assertThat(figure.select("details table")).hasSize(1);
            assertThat(figure.selectFirst("figcaption").text()).isNotBlank();
        }
    }

    @Test
    void publishesOpenDataWithDerivedFiguresMarked() {
        site.build();
        String csv = site.read("statistiques/donnees.csv");
        assertThat(csv).contains("2025,seconde,28,Normandie,taux_placement,Taux de placement,91.77,%,rapporté");
        assertThat(csv).contains("2025,seconde,27,Eure,taux_placement,Taux de placement,85,%,calculé");
        assertThat(site.read("statistiques/donnees.json")).contains("\"licence\": \"Licence Ouverte 2.0 (Etalab)\"");
        assertThat(site.page("/statistiques/").select("a[href=/statistiques/donnees.csv]")).hasSize(1);
    }

    @Test
    void templatesReadTheSameTypedModel() {
        site.add("""
                -- templates/page.ftl --
                <!DOCTYPE html>
                <html lang="fr"><head><title>${page.title}</title><meta name="description" content="${page.description}"></head>
                <body><main><h1>${page.title}</h1>
                <p id="bandeau">Placement en Normandie : ${stats.latest("taux_placement", "28").get().shown.text},
                dans l'Eure : ${stats.latest("taux_placement", "27").get().shown.text}
                (${stats.latest("taux_placement", "27").get().status()}).</p>
                ${page.body?no_esc}</main></body></html>
                -- assets/site.css --
                body {}
                """);
        site.build();
        assertThat(site.page("/").selectFirst("#bandeau").text())
                .isEqualTo("Placement en Normandie : 91,77 %, dans l'Eure : 85 % (calculé).");
    }

    @Test
    void aNewCampaignRowReachesEveryPageThatShowsTheIndicator() {
        site.build();
        assertThat(site.page("/").selectFirst("span.stat").text()).startsWith("91,77");

        site.add(StatsFixture.FIGURES.strip() + "\n2026;seconde;28;taux_placement;93,4;%;enquete\n");
        site.build();

        assertThat(site.page("/").selectFirst("span.stat").text()).startsWith("93,4 %");
        assertThat(site.page("/statistiques/eure/").text()).contains("93,4 %");
        assertThat(site.page("/statistiques/").select("main figure").text()).contains("campagne 2026", "93,4 %");
        assertThat(site.read("statistiques/donnees.csv")).contains("2026,seconde,28,Normandie,taux_placement");
    }
}
