package fr.crefop.stages.kit;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.pipeline.BuildResult;
import fr.crefop.stages.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: a fixture site with {@code url: https://exemple.test/} and three resource pages (one with points_cles).
 * Features tested: share block, flyer at {@code …/affiche/}, every QR code decoded back to the page's absolute
 * address, the « adresse à confirmer » state and its single warning when url is empty.
 */
class KitSiteTest {

    private static final String PAGES = """
            -- content/index.md --
            ---
            title: Accueil
            description: Accueil du site d'essai.
            ---
            Bonjour.
            -- content/familles.md --
            ---
            title: Pour les familles
            description: Ce que fait la famille pendant le stage.
            audience: [familles]
            points_cles:
              - La convention est signée par les représentants légaux
              - "Le transport est organisé par la famille"
            ---
            ## Le stage
            Texte.
            ## Ce que fait la famille
            Texte.
            -- content/memento/index.md --
            ---
            title: Mémento
            description: Le mémento des entreprises.
            layout: section
            ---
            Sommaire.
            -- content/memento/faq.md --
            ---
            title: Questions fréquentes
            description: Les réponses courtes.
            audience: [entreprises, familles]
            ---
            ## Avant le stage
            Texte.
            ## Pendant le [stage](../familles.md)
            Texte.
            ```
            ## pas un intertitre
            ```
            -- content/contact.md --
            ---
            title: Contact
            description: Nous écrire.
            ---
            Écrivez-nous.
            """;

    @Test
    void everyResourceHasAShareBlockAndAFlyerWhoseQrCodeDecodesToItsAddress(@TempDir Path folder) throws Exception {
        TestSite site = TestSite.write(folder, PAGES + """
                -- site.yaml --
                title: Site d'essai
                url: https://exemple.test/
                contact: stages@exemple.test
                """);
        BuildResult result = site.build();
        assertThat(result.findings()).isEmpty();
        // a flyer is the print view of an indexed page: the search does not list it twice
        assertThat(site.read("recherche/index.json")).contains("/memento/faq/").doesNotContain("/affiche/");

        Map<String, String> resources = Map.of("/familles/", "https://exemple.test/familles/",
                "/memento/faq/", "https://exemple.test/memento/faq/");
        for (Map.Entry<String, String> resource : resources.entrySet()) {
            Document page = site.page(resource.getKey());
            Element share = page.selectFirst("section.share");
            assertThat(share).as(resource.getKey()).isNotNull();
            assertThat(share.selectFirst("h2").text()).isEqualTo("Partager avec les familles");
            String text = share.selectFirst("textarea[readonly]").wholeText();
            assertThat(text.lines().toList()).hasSize(3).last().isEqualTo(resource.getValue());
            assertThat(text).startsWith(page.selectFirst("h1").text());
            String flyerAddress = resource.getKey() + "affiche/";
            assertThat(share.select("a").eachAttr("href")).contains(flyerAddress);

            Document flyer = site.page(flyerAddress);
            Element svg = flyer.selectFirst("svg.qr");
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.selectFirst("title").text()).contains(resource.getValue());
            assertThat(svg.select("path")).hasSize(1);
            assertThat(QrDecoder.decode(svg.outerHtml())).isEqualTo(resource.getValue());
            assertThat(flyer.selectFirst(".flyer__url").text()).isEqualTo(resource.getValue());
        }
        assertThat(site.page("/familles/affiche/").select(".flyer__points li").eachText()).containsExactly(
                "La convention est signée par les représentants légaux", "Le transport est organisé par la famille");
        assertThat(site.page("/memento/faq/affiche/").select(".flyer__points li").eachText())
                .containsExactly("Avant le stage", "Pendant le stage");
        // not a resource: no share block, no flyer
        assertThat(site.page("/contact/").select("section.share")).isEmpty();
        assertThat(site.exists("contact/affiche/index.html")).isFalse();
        // flyers are print views, not pages of the tree
        assertThat(site.page("/memento/").select("main a").eachAttr("href")).doesNotContain("/memento/faq/affiche/");
    }

    @Test
    void withoutUrlTheFlyersSayAddressToConfirmAndTheBuildWarnsOnce(@TempDir Path folder) {
        TestSite site = TestSite.write(folder, PAGES + """
                -- site.yaml --
                title: Site d'essai
                url: ""
                contact: stages@exemple.test
                """);
        BuildResult result = site.build();
        List<Finding> findings = result.findings();
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).path()).isEqualTo("site.yaml");
        assertThat(findings.get(0).line()).isEqualTo(2);
        assertThat(findings.get(0).message()).contains("url").contains("adresse à confirmer");

        Document flyer = site.page("/familles/affiche/");
        assertThat(flyer.select("svg")).isEmpty();
        assertThat(flyer.selectFirst(".flyer__qr--missing").text()).contains("adresse à confirmer");
        assertThat(site.page("/familles/").selectFirst("textarea").wholeText()).endsWith("adresse à confirmer");
    }

    @Test
    void theEncoderOutputDecodesBackForLongAddresses() throws Exception {
        String address = "https://exemple.test/stages/memento/pendant-le-stage/tres-longue-adresse-avec-accents-éà/";
        assertThat(QrDecoder.decode(QrSvg.matrix(address))).isEqualTo(address);
        assertThat(QrDecoder.decode(QrSvg.svg(address))).isEqualTo(address);
        assertThat(QrSvg.svg(address)).isEqualTo(QrSvg.svg(address));
    }
}
