package fr.crefop.stages.extras;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.pipeline.BuildResult;
import fr.crefop.stages.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: a home page, a dated page with headings, a draft, a page with an old address, a {@code site.yaml} with or
 * without the public address. Features tested: sitemap.xml (valid against the sitemap 0.9 schema, exactly the
 * published pages, lastmod from the content date), robots.txt, the 404 and search pages, the sharing metadata, the
 * search index (main content only, cut at headings), and the warning while the public address is unknown.
 */
class ExtrasSiteTest {

    private static final String SITE = TestSite.HOME + """
            -- content/memento/assurance.md --
            ---
            title: L'assurance de l'élève
            description: Qui assure l'élève pendant le stage.
            date: 2025-10-06
            aliases: [/ancienne-assurance/]
            ---
            L'établissement assure l'élève.

            ## Les accidents du travail

            La sécurité sociale prend en charge les accidents.

            ## La responsabilité civile

            L'entreprise vérifie son contrat.
            -- content/brouillon.md --
            ---
            title: Brouillon
            description: Pas encore publié.
            status: draft
            ---
            Texte secret.
            """;

    @TempDir
    Path folder;

    @Test
    void sitemapIsValidAndListsExactlyThePublishedPages() throws Exception {
        TestSite site = TestSite.write(folder, SITE + """
                -- site.yaml --
                title: Essai
                url: https://stages.exemple.fr/
                contact: stages@exemple.fr
                """);
        BuildResult result = site.build();
        assertThat(result.findings()).isEmpty();
        String xml = site.read("sitemap.xml");
        validate(xml);
        assertThat(locations(xml)).containsExactly("https://stages.exemple.fr/", "https://stages.exemple.fr/memento/assurance/");
        assertThat(xml).contains("<loc>https://stages.exemple.fr/memento/assurance/</loc><lastmod>2025-10-06</lastmod>")
                .doesNotContain("brouillon", "ancienne", "404", "recherche");
        assertThat(site.read("robots.txt")).contains("User-agent: *", "Sitemap: https://stages.exemple.fr/sitemap.xml");
    }

    @Test
    void sharingMetadataAndCanonicalAddressOnEveryPage() {
        TestSite site = TestSite.write(folder, SITE + """
                -- site.yaml --
                title: Essai
                url: https://stages.exemple.fr
                """);
        site.build();
        Document page = site.page("/memento/assurance/");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://stages.exemple.fr/memento/assurance/");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("L’assurance de l’élève");
        assertThat(page.selectFirst("meta[property=og:description]").attr("content")).isEqualTo("Qui assure l’élève pendant le stage.");
        assertThat(page.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("fr_FR");
        assertThat(page.selectFirst("meta[property=og:url]").attr("content")).isEqualTo("https://stages.exemple.fr/memento/assurance/");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo("https://stages.exemple.fr/assets/partage.png");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.selectFirst("meta[name=twitter:image]").attr("content")).isEqualTo("https://stages.exemple.fr/assets/partage.png");
        assertThat(site.exists("assets/partage.png")).isTrue();
        assertThat(site.page("/").select("meta[property=og:title]")).hasSize(1);
        assertThat(site.page("/404.html").select("link[rel=canonical]")).isEmpty();
    }

    @Test
    void whileTheAddressIsUnknownOneWarningNamesSiteYamlAndAddressesAreRelative() {
        TestSite site = TestSite.write(folder, SITE + """
                -- site.yaml --
                title: Essai
                # à confirmer
                url: ""
                contact: stages@exemple.fr
                """);
        BuildResult result = site.build();
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.isError()).isFalse();
            assertThat(finding.location()).isEqualTo("site.yaml:3");
            assertThat(finding.message()).contains("« url »", "sitemap.xml");
            assertThat(finding.hint()).contains("site.yaml");
        });
        assertThat(site.page("/memento/assurance/").selectFirst("meta[property=og:url]").attr("content")).isEqualTo("/memento/assurance/");
        assertThat(site.read("sitemap.xml")).contains("<loc>/memento/assurance/</loc>");
        assertThat(site.read("robots.txt")).contains("Sitemap: /sitemap.xml");
    }

    @Test
    void notFoundPageHasTheSearchBoxAndTheMainSections() {
        TestSite site = TestSite.write(folder, SITE + """
                -- site.yaml --
                title: Essai
                navigation:
                  - title: Mémento
                    page: memento/assurance.md
                """);
        site.build();
        Document page = site.page("/404.html");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Page introuvable");
        assertThat(page.title()).startsWith("Page introuvable");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("main form[role=search] input[type=search][name=q]")).hasSize(1);
        assertThat(page.selectFirst("main label[for=recherche-introuvable]").text()).isEqualTo("Rechercher dans le site");
        assertThat(page.select("main .not-found__sections a").eachAttr("href")).containsExactly("/", "/memento/assurance/");
        assertThat(site.page("/").select("a[href=/404.html]")).as("not in the site's tree").isEmpty();
    }

    @Test
    void searchFormWorksWithoutJavaScriptAndTheFirstLoadStaysSmall() {
        TestSite site = TestSite.write(folder, SITE);
        site.build();
        Document home = site.page("/");
        org.jsoup.nodes.Element form = home.selectFirst("header form[role=search]");
        assertThat(form.attr("action")).isEqualTo("/recherche/");
        assertThat(home.selectFirst("label[for=recherche-champ]").text()).isEqualTo("Rechercher dans le site");
        assertThat(home.selectFirst("header [role=status]")).isNotNull();
        assertThat(home.select("script")).singleElement().satisfies(script -> {
            assertThat(script.attr("src")).isEqualTo("/assets/js/search-loader.js");
            assertThat(script.hasAttr("defer")).isTrue();
        });
        assertThat(site.read("assets/js/search-loader.js").length()).isLessThan(1000);
        Document search = site.page("/recherche/");
        assertThat(search.selectFirst(".search-page__nojs").text()).contains("JavaScript");
        assertThat(search.select(".search-page__all a").eachAttr("href")).contains("/", "/memento/assurance/");
    }

    @Test
    void searchIndexHoldsTheMainContentCutAtHeadings() {
        TestSite site = TestSite.write(folder, SITE);
        site.build();
        String index = site.read(Extras.SEARCH_INDEX);
        assertThat(index).startsWith("{\"v\":1,\"pages\":[")
                .contains("[\"/memento/assurance/\",\"L’assurance de l’élève\",\"\",\"\"]")
                .contains("\"les-accidents-du-travail\",\"Les accidents du travail\",\"La sécurité sociale prend en charge les accidents.\"]")
                .contains("\"securit\":[", "\"assur\":[", "\"accid\":[")
                .doesNotContain("Texte secret", "Aller au contenu", "Cette page a déménagé", "Page introuvable", "Rechercher dans le site");
        site.build();
        assertThat(site.read(Extras.SEARCH_INDEX)).as("deterministic").isEqualTo(index);
    }

    private static void validate(String xml) throws SAXException, java.io.IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        javax.xml.validation.Schema schema = factory.newSchema(new StreamSource(
                ExtrasSiteTest.class.getResourceAsStream("/sitemap/sitemap-0.9.xsd")));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static List<String> locations(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList locs = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)))
                .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            out.add(locs.item(i).getTextContent());
        }
        return out;
    }
}
