package fr.crefop.stages.stats.data;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;
import fr.crefop.stages.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Site: the statistics fixture with one bad row at a time. Features tested: each data error names file, line and fix. */
class StatsDataErrorsTest {

    @TempDir
    Path folder;

    private Finding onlyError(String figures) {
        return TestSite.onlyError(TestSite.write(folder, StatsFixture.HOME + StatsFixture.INDICATORS + StatsFixture.SOURCES
                + "-- data/statistiques/placements.csv --\n" + figures).buildFails());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "unknown territory  | 2025;seconde;29;taux_placement;91;%;enquete      | territoire inconnu « 29 »            | 14 (Calvados)",
            "unknown indicator  | 2025;seconde;28;taux_reussite;91;%;enquete      | indicateur inconnu « taux_reussite » | taux_placement",
            "not a number       | 2025;seconde;28;taux_placement;beaucoup;%;enquete | la valeur « beaucoup » n'est pas un nombre | laissez vide",
            "rate above 100     | 2025;seconde;28;taux_placement;120;%;enquete     | hors de l'intervalle 0–100           | entre 0 et 100",
            "unknown source     | 2025;seconde;28;taux_placement;91;%;rectorat     | source inconnue « rectorat »         | sources.csv",
            "wrong unit         | 2025;seconde;28;taux_placement;91;élèves;enquete | unité « élèves » différente          | écrivez « % »",
            "bad campaign       | l'an dernier;seconde;28;taux_placement;91;%;enquete | campagne invalide                 | 2024-2025",
            "unknown level      | 2025;BTS;28;taux_placement;91;%;enquete          | niveau inconnu « BTS »               | seconde",
            "missing cell       | 2025;seconde;28;taux_placement;91;%              | 6 cellules au lieu de 7              | séparez",
    })
    void reportsBadRowAtItsLine(String name, String row, String message, String hint) {
        Finding finding = onlyError("campagne;niveau;territoire;indicateur;valeur;unite;source\n"
                + "2025;seconde;27;taux_sans_solution;15;%;enquete\n" + row.strip() + "\n");
        assertThat(finding.location()).isEqualTo("data/statistiques/placements.csv:3");
        assertThat(finding.message()).contains(message);
        assertThat(finding.hint()).contains(hint);
    }

    @Test
    void reportsDuplicateFigureWithTheFirstLine() {
        Finding finding = onlyError("""
                campagne;niveau;territoire;indicateur;valeur;unite;source
                2025;seconde;27;taux_sans_solution;15;%;enquete

                2025;seconde;27;taux_sans_solution;16;%;enquete
                """);
        assertThat(finding.location()).isEqualTo("data/statistiques/placements.csv:4");
        assertThat(finding.message()).contains("déjà donné ligne 2");
    }

    @Test
    void reportsMissingColumn() {
        Finding finding = onlyError("campagne;niveau;territoire;indicateur;valeur;source\n2025;seconde;27;taux_sans_solution;15;enquete\n");
        assertThat(finding.location()).isEqualTo("data/statistiques/placements.csv:1");
        assertThat(finding.message()).isEqualTo("colonne manquante « unite »");
    }

    @Test
    void reportsUnclosedQuote() {
        Finding finding = onlyError("campagne;niveau;territoire;indicateur;valeur;unite;source\n2025;seconde;27;\"taux;15;%;enquete\n");
        assertThat(finding.path()).isEqualTo("data/statistiques/placements.csv");
        assertThat(finding.message()).startsWith("fichier CSV illisible");
    }

    @Test
    void acceptsBomCommasAndDecimalPoints() {
        TestSite site = TestSite.write(folder, StatsFixture.HOME + StatsFixture.INDICATORS + StatsFixture.SOURCES
                + "-- data/statistiques/placements.csv --\n\uFEFFcampagne,niveau,territoire,indicateur,valeur,unite,source\n"
                + "2025,seconde,28,taux_placement,91.77,%,enquete\n2025,seconde,27,taux_sans_solution,\"15,0\",%,enquete\n");
        site.build();
        assertThat(site.page("/").select("span.stat").get(0).text()).startsWith("91,77 %");
        assertThat(site.page("/").select("span.stat").get(1).text()).startsWith("85 %");
    }

    @Test
    void reportsUnknownStatisticInAPageAtItsLine() {
        SiteException e = TestSite.write(folder, StatsFixture.ALL + """
                -- content/a.md --
                ---
                title: A
                description: D.
                ---
                Premier paragraphe.

                Le taux est de {{stat taux_reussite territoire=27}}.

                {{stats-chart indicateur=taux_placement territoire=27}}
                """).buildFails();
        assertThat(e.findings()).filteredOn(Finding::isError).extracting(Finding::location, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("content/a.md:7", "statistique inconnue « taux_reussite » dans {{stat taux_reussite territoire=27}}"),
                        org.assertj.core.groups.Tuple.tuple("content/a.md:9", "argument inconnu « territoire » dans {{stats-chart indicateur=taux_placement territoire=27}}"));
    }
}
