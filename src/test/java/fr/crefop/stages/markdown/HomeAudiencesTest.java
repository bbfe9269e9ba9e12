package fr.crefop.stages.markdown;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the home layout, the audience entry points (h2 « Je suis … » and what follows up to the next h2) come out
 * of flexmark grouped in sections, the consecutive ones in one group; elsewhere nothing is grouped.
 */
class HomeAudiencesTest {

    private static final String HOME = """
            Introduction.

            ## Je suis une entreprise

            - [Le mémento](index.md)

            ## Je suis un établissement {#je-suis-une-ecole}

            Texte.

            ### Pour aller plus loin

            Encore.

            ## D'où vient ce site

            Texte.

            ## Je suis un élève

            Dernier.
            """;

    @Test
    void groupsConsecutiveAudiencesInSections() {
        Document page = Rendering.document(HOME, "home");

        var groups = page.select("body > div.audiences");
        assertThat(groups).hasSize(2);
        Element first = groups.get(0);
        assertThat(first.children()).allSatisfy(section -> assertThat(section.normalName()).isEqualTo("section"));
        assertThat(first.select("> section.audience").eachAttr("aria-labelledby"))
                .containsExactly("je-suis-une-entreprise", "je-suis-une-ecole");
        Element school = first.child(1);
        assertThat(school.select("> h2, > h3, > p").eachText())
                .containsExactly("Je suis un établissement", "Texte.", "Pour aller plus loin", "Encore.");
        assertThat(first.nextElementSibling().text()).isEqualTo("D’où vient ce site");
        assertThat(groups.get(1).select("> section").eachAttr("aria-labelledby")).containsExactly("je-suis-un-eleve");
        assertThat(page.select("h2[id^=je-suis]")).allSatisfy(h2 -> assertThat(h2.parent().hasClass("audience")).isTrue());
        assertThat(page.selectFirst("body > p").text()).isEqualTo("Introduction.");
    }

    @Test
    void groupsNothingOnOtherLayouts() {
        Document page = Rendering.document(HOME, "page");

        assertThat(page.select(".audiences, section")).isEmpty();
        assertThat(page.select("body > h2")).hasSize(4);
    }
}
