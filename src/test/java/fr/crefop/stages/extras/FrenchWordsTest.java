package fr.crefop.stages.extras;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchWordsTest {

    @ParameterizedTest(name = "« {0} » et « {1} » ont la même racine")
    @CsvSource({
            "securite, sécurité", "conventions, convention", "accueillir, accueil", "accueillent, accueil",
            "assurances, assurance", "horaires, horaire", "élèves, eleve", "signée, signer", "journaux, journal",
            "Œuvre, oeuvre", "STAGES, stage"})
    void joinsAccentsPluralsAndInflections(String typed, String written) {
        assertThat(FrenchWords.stems(typed)).isEqualTo(FrenchWords.stems(written)).hasSize(1);
    }

    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(delimiter = '|', value = {
            "l'assurance de l’élève | assuranc elev",
            "Qu'est-ce que la convention ? | convention",
            "le stage de 3e et la PFMP | stag 3e pfmp",
            "2025 | 2025"})
    void dropsElisionsAndStopWords(String text, String stems) {
        assertThat(String.join(" ", FrenchWords.stems(text))).isEqualTo(stems);
    }
}
