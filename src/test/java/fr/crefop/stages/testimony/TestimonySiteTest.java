package fr.crefop.stages.testimony;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: a mixité page of layout {@code temoignages}, with or without files in {@code data/temoignages/}.
 * Features tested: the empty state and the call for testimonies, a testimony with recorded consent shown with its
 * author, role, company, sector and date, and a testimony without consent refused with its file and line.
 */
class TestimonySiteTest {

    private static final String PAGE = """
            -- site.yaml --
            title: Site d'essai
            url: https://exemple.test/
            contact: stages@exemple.test
            footer:
              - title: Contact
                page: contact.md
            -- content/contact.md --
            ---
            title: Contact
            description: Nous écrire.
            ---
            Écrivez-nous.
            -- content/mixite.md --
            ---
            title: Mixité
            description: Tous les métiers pour tous.
            layout: temoignages
            ---
            Texte.
            """;

    private static final String TESTIMONY = """
            -- data/temoignages/tutrice.yaml --
            qui: Camille
            role: tutrice
            entreprise: Atelier d'essai
            secteur: industrie
            citation: "Accueillir une élève a changé le regard de l'équipe."
            date: 2026-03-02
            consentement:
              date: 2026-03-02
              forme: accord écrit signé
            """;

    @Test
    void withoutTestimonyThePageSaysSoAndCallsForThem(@TempDir Path folder) {
        TestSite site = TestSite.write(folder, TestSite.HOME + PAGE);
        site.build();
        Document page = site.page("/mixite/");
        assertThat(page.selectFirst(".testimonies__empty").text()).startsWith("Aucun témoignage n'est publié pour l'instant.");
        assertThat(page.select(".testimonies a").eachAttr("href")).containsExactly("/contact/");
        assertThat(page.select("figure.testimony")).isEmpty();
    }

    @Test
    void aTestimonyWithRecordedConsentIsShown(@TempDir Path folder) {
        TestSite site = TestSite.write(folder, TestSite.HOME + PAGE + TESTIMONY);
        site.build();
        Document page = site.page("/mixite/");
        assertThat(page.select(".testimonies__empty")).isEmpty();
        assertThat(page.selectFirst("figure.testimony blockquote").text())
                .isEqualTo("Accueillir une élève a changé le regard de l’équipe.");
        assertThat(page.selectFirst("figure.testimony figcaption").text())
                .isEqualTo("Camille, tutrice, Atelier d’essai (industrie), 2 mars 2026");
    }

    @Test
    void aTestimonyWithoutConsentIsAnErrorNamingTheFileAndLine(@TempDir Path folder) {
        TestSite site = TestSite.write(folder, TestSite.HOME + PAGE + TESTIMONY.replace("""
                consentement:
                  date: 2026-03-02
                  forme: accord écrit signé
                """, ""));
        Finding error = TestSite.onlyError(site.buildFails());
        assertThat(error.path()).isEqualTo("data/temoignages/tutrice.yaml");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.message()).isEqualTo("témoignage sans consentement enregistré : il ne peut pas être publié");
    }

    @Test
    void aConsentWithoutItsFormIsAnErrorOnItsLine(@TempDir Path folder) {
        TestSite site = TestSite.write(folder, TestSite.HOME + PAGE + TESTIMONY.replace("  forme: accord écrit signé\n", ""));
        Finding error = TestSite.onlyError(site.buildFails());
        assertThat(error.path()).isEqualTo("data/temoignages/tutrice.yaml");
        assertThat(error.line()).isEqualTo(7);
        assertThat(error.message()).contains("consentement incomplet");
    }
}
