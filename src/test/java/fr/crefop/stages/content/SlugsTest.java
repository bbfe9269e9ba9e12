package fr.crefop.stages.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rôle du tuteur | role-du-tuteur",
            "Qui signe la convention ? | qui-signe-la-convention",
            "Mémento | memento",
            "Stage de 3e : le cadre | stage-de-3e-le-cadre",
            "L'œuvre d'Ève | l-oeuvre-d-eve",
            "  --Déjà--vu--  | deja-vu",
            "« Guillemets »  | guillemets",
    })
    void makesAsciiSlugs(String text, String slug) {
        assertThat(Slugs.slug(text)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "index.md | /",
            "memento/index.md | /memento/",
            "memento/Avant le stage.md | /memento/avant-le-stage/",
            "mémento/accueillir.md | /memento/accueillir/",
            "a/b/c.md | /a/b/c/",
    })
    void givesEachSourceAnAsciiAddress(String contentPath, String address) {
        assertThat(Addresses.ofContentPath(contentPath)).isEqualTo(address);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/ | index.html",
            "/memento/ | memento/index.html",
            "/ancien/page.html | ancien/page.html",
    })
    void mapsAddressesToFiles(String address, String file) {
        assertThat(Addresses.outputFile(address)).isEqualTo(file);
    }
}
