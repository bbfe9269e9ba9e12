package fr.crefop.stages.stats.opendata;

import fr.crefop.stages.content.Level;
import fr.crefop.stages.stats.data.Figure;
import fr.crefop.stages.stats.data.Indicateur;
import fr.crefop.stages.stats.data.Source;
import fr.crefop.stages.stats.data.StatsData;
import fr.crefop.stages.stats.data.Territoire;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The open-data CSV as a spreadsheet reads it: formulas neutralised in text cells, numbers left as numbers. */
class OpenDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "equals      | =1+2         | '=1+2",
            "plus        | +cmd         | '+cmd",
            "minus       | -2+3         | '-2+3",
            "at          | @SUM(A1)     | '@SUM(A1)",
            "plain       | Taux         | Taux",
            "inner equal | a=b          | a=b",
            "empty       | \"\"         | \"\"",
    })
    void neutralisesCellsThatASpreadsheetWouldRun(String name, String cell, String expected) {
        assertThat(SpreadsheetCells.text(cell)).isEqualTo(expected);
    }

    @Test
    void neutralisesTabAndCarriageReturnAtTheStart() {
        assertThat(SpreadsheetCells.text("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCells.text("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void aNegativeValueStaysANumber() {
        Indicateur solde = new Indicateur("solde_offres", "-Solde des offres", "offres", "Offres moins demandes", Optional.empty(), Optional.empty());
        Source source = new Source("s", "Titre", "Éditeur", "2025", "", "");
        Figure figure = new Figure("2025", Level.SECONDE, Territoire.EURE, solde, Optional.of(new BigDecimal("-12.50")), source, "",
                "data/statistiques/x.csv", 2);
        String csv = new String(new OpenData(new StatsData(List.of(solde), List.of(source), List.of(figure)), "CREFOP")
                .files().get(OpenData.CSV), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList().get(1)).isEqualTo("2025,seconde,27,Eure,solde_offres,'-Solde des offres,-12.5,offres,rapporté,,,s,Titre,Éditeur,");
    }
}
