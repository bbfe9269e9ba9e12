package fr.crefop.stages.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchTypographyTest {

    /** In the table, '_' stands for U+202F (narrow no-break space) and '~' for U+00A0 (no-break space). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Vraiment ?                      | Vraiment_?",
            "Vraiment?                       | Vraiment_?",
            "Attention !                     | Attention_!",
            "d'abord ; ensuite               | d'abord_; ensuite",
            "Note : ceci                     | Note~: ceci",
            "Note: ceci                      | Note~: ceci",
            "« bonjour »                     | «~bonjour~»",
            "«bonjour»                       | «~bonjour~»",
            "Quoi ?!                         | Quoi_?!",
            "Rendez-vous à 10:30 demain      | Rendez-vous à 10:30 demain",
            "https://ex.fr/page?a=1          | https://ex.fr/page?a=1",
            "Voir https://ex.fr              | Voir https://ex.fr",
            "Déjà espacé_?                   | Déjà espacé_?",
    })
    void spacesFrenchPunctuation(String input, String expected) {
        String text = input.replace('_', '\u202F').replace('~', '\u00A0');
        assertThat(FrenchTypography.space(text, ' '))
                .isEqualTo(expected.replace('_', '\u202F').replace('~', '\u00A0'));
    }

    @Test
    void leavesCodeAttributesAndPreAlone() {
        Document document = Jsoup.parse("<p title=\"Quoi?\">Texte: <code>a:b ?</code> fin !</p><pre>x ; y</pre>");
        new fr.crefop.stages.extras.pdf.PdfTypography().apply(document);
        assertThat(document.selectFirst("p").attr("title")).isEqualTo("Quoi?");
        assertThat(document.selectFirst("code").text()).isEqualTo("a:b ?");
        assertThat(document.selectFirst("pre").wholeText()).isEqualTo("x ; y");
        assertThat(document.selectFirst("p").wholeOwnText()).contains("Texte\u00A0:").contains("fin\u202F!");
    }

    @Test
    void spacesPunctuationAfterAnInlineElement() {
        Document document = Jsoup.parse("<p>Lisez <a href=\"#\">la FAQ</a>? Et <strong>attention</strong> !</p>");
        new fr.crefop.stages.extras.pdf.PdfTypography().apply(document);
        assertThat(document.selectFirst("p").wholeText()).contains("la FAQ\u202F?").contains("attention\u202F!");
    }
}
