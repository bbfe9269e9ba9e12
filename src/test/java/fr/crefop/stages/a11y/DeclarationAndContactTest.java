package fr.crefop.stages.a11y;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;
import fr.crefop.stages.pipeline.BuildLog;
import fr.crefop.stages.pipeline.BuildOptions;
import fr.crefop.stages.pipeline.BuildResult;
import fr.crefop.stages.pipeline.SiteBuild;
import fr.crefop.stages.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: a page using the {@code {{site …}}} settings, with and without a contact in {@code site.yaml}; then the
 * real site. Features tested: the contact, date and addresses come from {@code site.yaml}; while the contact is
 * missing every build warns, naming {@code site.yaml} and the law, and the pages say « à confirmer »; the real
 * declaration follows the official model section by section.
 */
class DeclarationAndContactTest {

    @TempDir
    Path folder;

    private static final String PAGE = """
            -- content/accessibilite.md --
            ---
            title: Déclaration
            description: La déclaration.
            ---
            ## Retour d'information et contact

            Contact : {{site contact}}. Établie le {{site date-declaration}}. Schéma : {{site schema-pluriannuel}}.
            Plan : {{site plan-action}}. Adresse : {{site url}}.
            """;

    @Test
    void showsTheSettingsOfSiteYaml() {
        TestSite site = TestSite.write(folder, TestSite.HOME + PAGE + """
                -- site.yaml --
                title: Essai
                url: https://stages.example.org
                contact: accessibilite@example.org
                accessibilityDate: 2026-12-01
                accessibilitySchema: https://example.org/schema.pdf
                """);
        BuildResult result = site.build();

        assertThat(result.findings()).isEmpty();
        Document page = site.page("/accessibilite/");
        String text = page.selectFirst("main .prose p").text();
        assertThat(text).contains("accessibilite@example.org", "1er décembre 2026", "le schéma pluriannuel", "Plan : à publier",
                "https://stages.example.org");
        assertThat(page.select("main a[href=mailto:accessibilite@example.org]")).hasSize(1);
        assertThat(page.select("main a[href=https://example.org/schema.pdf]").text()).isEqualTo("le schéma pluriannuel de mise en accessibilité");
    }

    @Test
    void aPostalAddressIsShownAsText() {
        TestSite site = TestSite.write(folder, TestSite.HOME + PAGE + """
                -- site.yaml --
                title: Essai
                contact: "CREFOP, 1 rue de l'Exemple, 14000 Caen"
                """);
        site.build();
        assertThat(site.page("/accessibilite/").selectFirst("main .prose p").text())
                .contains("Contact : CREFOP, 1 rue de l’Exemple, 14000 Caen.".replace('’', '\''));
    }

    @Test
    void warnsOnEveryBuildWhileTheContactIsMissing() {
        TestSite site = TestSite.write(folder, TestSite.HOME + PAGE + """
                -- site.yaml --
                title: Essai
                url: https://exemple.test/
                contact: ""
                """);
        for (int run = 0; run < 2; run++) {
            BuildResult result = site.build();
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.isError()).isFalse();
                assertThat(f.rule()).isEqualTo("contact");
                assertThat(f.location()).isEqualTo("site.yaml");
                assertThat(f.message()).contains("site.yaml", "article 47 de la loi n° 2005-102", "décret n° 2019-768",
                        "un moyen de contact est obligatoire");
                assertThat(f.hint()).contains("contact:");
            });
        }
        String text = site.page("/accessibilite/").selectFirst("main .prose p").text();
        assertThat(text).contains("Contact : à confirmer", "Établie le à confirmer", "Schéma : à publier");
    }

    @Test
    void anUnknownSettingIsAnErrorAtItsLine() {
        SiteException e = TestSite.write(folder, TestSite.HOME + """
                -- content/a.md --
                ---
                title: Page
                description: D.
                ---
                Écrire à {{site courriel}}.
                """).buildFails();
        Finding finding = TestSite.onlyError(e);
        assertThat(finding.location()).isEqualTo("content/a.md:5");
        assertThat(finding.message()).isEqualTo("réglage inconnu « {{site courriel}} »");
        assertThat(finding.hint()).contains("contact", "date-declaration");
    }

    @Test
    void theRealDeclarationFollowsTheOfficialModel() throws IOException {
        Path output = folder.resolve("site");
        BuildResult result = new SiteBuild(new BuildOptions(Path.of("").toAbsolutePath(), output, false, true), BuildLog.silent()).run();
        // no error; among the expected warnings (RealSiteTest lists them all), the missing contact
        assertThat(result.findings()).noneMatch(Finding::isError).extracting(Finding::rule).contains("contact");

        Document declaration = Jsoup.parse(output.resolve("accessibilite/index.html").toFile(), "UTF-8");
        assertThat(declaration.select("main .prose h2, main .prose h3").eachText()).containsSubsequence(
                "État de conformité", "Résultats des tests",
                "Contenus non accessibles", "Non-conformités", "Dérogations pour charge disproportionnée",
                "Contenus non soumis à l’obligation d’accessibilité",
                "Établissement de cette déclaration d’accessibilité", "Technologies utilisées pour la réalisation du site",
                "Environnement de test", "Outils utilisés pour évaluer l’accessibilité",
                "Pages du site ayant fait l’objet de la vérification de conformité",
                "Retour d’information et contact", "Voies de recours");
        String text = declaration.selectFirst("main").text();
        assertThat(text).contains("Schéma pluriannuel de mise en accessibilité (au plus trois ans) : à publier",
                "Plan d’action de l’année en cours : à publier", "établie le : à confirmer", "Contact : à confirmer",
                "Défenseur des droits");
        Document contact = Jsoup.parse(output.resolve("contact/index.html").toFile(), "UTF-8");
        assertThat(contact.selectFirst("main").text()).contains("Contact : à confirmer");
    }
}
