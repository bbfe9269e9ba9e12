package fr.crefop.stages.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BareLinksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Voir https://example.org pour en savoir plus      | true",
            "Voir www.onisep.fr                                | true",
            "Écrire à contact@example.org                      | true",
            "Voir [le site](https://example.org)                | false",
            "Voir <https://example.org>                        | false",
            "Voir [le site](https://www.example.org/page)       | false",
            "Aucun lien ici                                    | false",
    })
    void findsAddressesWrittenBare(String text, boolean bare) {
        assertThat(BareLinks.present(text)).isEqualTo(bare);
    }
}
