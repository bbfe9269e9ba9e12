package fr.crefop.stages.catalogue;

import fr.crefop.stages.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: a home page, a ressources page, two resource pages (a: entreprises, 3e; b: familles and élèves, seconde and
 * PFMP), a page without audience, a draft with an audience, and one external link in data/ressources/liens.yaml
 * (établissements, PFMP).
 * Features tested: each audience and level page lists exactly the resources whose front matter (or data) says so;
 * the Atom feeds are well-formed with the required elements, dated from the pages (never the build time, so two
 * builds give the same bytes); ressources.json matches the catalogue; feed autodiscovery on the ressources pages;
 * absolute addresses once site.yaml gives the url.
 */
class CatalogueSiteTest {

    private static final String SITE = TestSite.HOME + """
            -- content/ressources/index.md --
            ---
            title: Les ressources
            description: Le catalogue.
            layout: section
            ---
            Les ressources par public et par niveau.
            -- content/a.md --
            ---
            title: Page A
            description: Pour les entreprises, en 3e.
            date: 2025-01-10
            audience: [entreprises]
            level: [3e]
            ---
            Texte.
            -- content/b.md --
            ---
            title: Page B & co
            description: "Pour les familles et les élèves : seconde et PFMP."
            date: 2025-03-01
            audience: [familles, élèves]
            level: [seconde, PFMP]
            ---
            Texte.
            -- content/c.md --
            ---
            title: Page C
            description: Sans public.
            date: 2025-05-01
            ---
            Texte.
            -- content/d.md --
            ---
            title: Brouillon D
            description: Un brouillon.
            status: draft
            audience: [entreprises]
            level: [3e]
            ---
            Texte.
            -- data/ressources/liens.yaml --
            links:
              - title: Lien officiel
                url: https://www.education.gouv.fr/exemple
                description: Un texte officiel.
                publisher: ministère de l'Éducation nationale
                audience: [établissements]
                level: [PFMP]
            """;

    @TempDir
    Path folder;
    private TestSite site;

    @BeforeEach
    void build() throws Exception {
        site = TestSite.write(folder, SITE);
        // the links take the date of their file (no git here): its modification date, fixed for the test
        Files.setLastModifiedTime(site.root().resolve("data/ressources/liens.yaml"),
                java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2024-06-01T10:00:00Z")));
        site.build();
    }

    private List<String> listed(String address) {
        Document page = site.page(address);
        return page.select("main li > a:first-child").stream()
                .filter(a -> a.parents().stream().noneMatch(p -> p.tagName().equals("nav")))
                .map(a -> a.text()).toList();
    }

    @Test
    void audiencePagesListExactlyTheirResources() {
        assertThat(listed("/ressources/entreprises/")).containsExactly("Page A");
        assertThat(listed("/ressources/familles/")).containsExactly("Page B & co");
        assertThat(listed("/ressources/eleves/")).containsExactly("Page B & co");
        assertThat(listed("/ressources/etablissements/")).containsExactly("Lien officiel");
    }

    @Test
    void levelPagesListExactlyTheirResources() {
        assertThat(listed("/ressources/3e/")).containsExactly("Page A");
        assertThat(listed("/ressources/seconde/")).containsExactly("Page B & co");
        assertThat(listed("/ressources/pfmp/")).containsExactly("Page B & co", "Lien officiel");
        assertThat(site.page("/ressources/pfmp/").selectFirst("main a[href=https://www.education.gouv.fr/exemple]")).isNotNull();
        assertThat(site.page("/ressources/pfmp/").selectFirst("main a[href=/b/]")).isNotNull();
    }

    @Test
    void theRessourcesPageIsTheEntryPointAndAnnouncesTheFeed() {
        Document index = site.page("/ressources/");
        assertThat(index.select(".children a").eachText()).contains("Ressources pour les entreprises", "Ressources : stage de seconde");
        assertThat(index.selectFirst("head link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/ressources/flux.xml");
        assertThat(site.page("/ressources/familles/").select("head link[type=application/atom+xml]").eachAttr("href"))
                .containsExactly("/ressources/flux.xml", "/ressources/familles/flux.xml");
    }

    @Test
    void theSiteFeedIsAtomWithEveryResourceNewestFirst() throws Exception {
        org.w3c.dom.Document feed = atom("ressources/flux.xml");
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(child(root, "id")).startsWith("urn:uuid:");
        assertThat(child(root, "title")).isNotBlank();
        assertThat(child(root, "updated")).isEqualTo("2025-03-01T00:00:00Z");
        assertThat(root.getElementsByTagNameNS("*", "author").getLength()).isEqualTo(1);
        List<String> titles = new ArrayList<>();
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(child(entry, "id")).startsWith("urn:uuid:");
            assertThat(child(entry, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
            assertThat(((Element) entry.getElementsByTagNameNS("*", "link").item(0)).getAttribute("href")).isNotBlank();
            titles.add(child(entry, "title"));
        }
        assertThat(titles).containsExactly("Page B & co", "Page A", "Lien officiel");
    }

    @Test
    void anAudienceFeedHoldsItsResourcesOnly() throws Exception {
        NodeList entries = atom("ressources/entreprises/flux.xml").getElementsByTagNameNS("*", "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        assertThat(child((Element) entries.item(0), "title")).isEqualTo("Page A");
        assertThat(((Element) ((Element) entries.item(0)).getElementsByTagNameNS("*", "link").item(0)).getAttribute("href"))
                .isEqualTo("/a/");
    }

    @Test
    void anUnchangedSiteGivesAnUnchangedFeed() throws Exception {
        byte[] first = Files.readAllBytes(site.output().resolve("ressources/flux.xml"));
        byte[] json = Files.readAllBytes(site.output().resolve("ressources/ressources.json"));
        site.build();
        assertThat(Files.readAllBytes(site.output().resolve("ressources/flux.xml"))).isEqualTo(first);
        assertThat(Files.readAllBytes(site.output().resolve("ressources/ressources.json"))).isEqualTo(json);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonMatchesTheCatalogue() throws Exception {
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(
                Files.readString(site.output().resolve("ressources/ressources.json"), StandardCharsets.UTF_8));
        List<Map<String, Object>> resources = (List<Map<String, Object>>) json.get("resources");
        assertThat(resources).extracting(r -> r.get("address")).containsExactly("/a/", "/b/", "https://www.education.gouv.fr/exemple");
        Map<String, Object> b = resources.get(1);
        assertThat(b).containsEntry("title", "Page B & co")
                .containsEntry("audience", List.of("familles", "élèves"))
                .containsEntry("level", List.of("seconde", "PFMP"))
                .containsEntry("updated", "2025-03-01")
                .containsEntry("external", false);
        assertThat((String) b.get("summary")).contains("familles et les élèves");
        assertThat(resources.get(2)).containsEntry("publisher", "ministère de l'Éducation nationale")
                .containsEntry("updated", "2024-06-01").containsEntry("external", true);
        assertThat(json).containsEntry("addressesAreAbsolute", false);
    }

    @Test
    void theConfiguredUrlMakesAddressesAbsolute() throws Exception {
        site.add("""
                -- site.yaml --
                title: Essai
                url: https://stages.example.fr
                basePath: /
                """);
        site.build();
        assertThat(Files.readString(site.output().resolve("ressources/flux.xml")))
                .contains("href=\"https://stages.example.fr/a/\"", "href=\"https://stages.example.fr/ressources/flux.xml\"");
        assertThat(Files.readString(site.output().resolve("ressources/ressources.json")))
                .contains("\"address\": \"https://stages.example.fr/b/\"");
    }

    private org.w3c.dom.Document atom(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.output().resolve(file).toFile());
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }
}
