package fr.crefop.stages.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's public address: one rule for every absolute address the build writes. */
class PublicAddressTest {

    @ParameterizedTest(name = "url «{0}», basePath {1}: {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            https://stages.exemple.fr   | /        | /memento/    | https://stages.exemple.fr/memento/
            https://exemple.fr          | /stages/ | /memento/    | https://exemple.fr/stages/memento/
            https://exemple.fr/stages   | /stages/ | /memento/    | https://exemple.fr/stages/memento/
            ''                          | /        | /sitemap.xml | /sitemap.xml
            ''                          | /stages/ | /memento/    | /stages/memento/
            """)
    void givesTheAbsoluteAddressWhenKnownAndTheRootRelativeOneOtherwise(String url, String basePath, String address,
                                                                       String expected) {
        PublicAddress publicAddress = new PublicAddress(url, basePath);
        assertThat(publicAddress.orRelative(address)).isEqualTo(expected);
        assertThat(publicAddress.absolute(address).isPresent()).isEqualTo(!url.isEmpty());
    }
}
