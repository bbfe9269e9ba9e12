package fr.crefop.stages.check;

import fr.crefop.stages.content.FrontMatterParser;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.markdown.MarkdownRenderer;
import fr.crefop.stages.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finding names the file that holds the faulty markup: the Markdown page and its line for what the page wrote
 * (Markdown or raw HTML), the template for what the template wrote.
 */
class ContentAttributionTest {

    @TempDir
    Path folder;

    @Test
    void anImageWithoutAltWrittenInThePageIsReportedAtItsLine() {
        Finding finding = TestSite.onlyError(TestSite.write(folder, TestSite.HOME + """
                -- content/a.md --
                ---
                title: A
                description: D.
                ---
                Texte.

                ![](photo.png)
                -- content/photo.png --
                image
                """).buildFails());
        assertThat(finding.location()).isEqualTo("content/a.md:7");
        assertThat(finding.rule()).isEqualTo("image-alt");
    }

    @Test
    void anImageWithoutAltInATemplateIsStillReportedInTheTemplate() {
        Finding finding = TestSite.onlyError(TestSite.write(folder, TestSite.HOME + """
                -- content/logo.png --
                image
                -- templates/page.ftl --
                <!DOCTYPE html>
                <html lang="fr"><head><title>${page.title}</title><meta name="description" content="${page.description}"></head>
                <body><main><h1>${page.title}</h1><img src="/logo.png">${page.body?no_esc}</main></body></html>
                -- assets/site.css --
                body {}
                """).buildFails());
        assertThat(finding.path()).isEqualTo("templates/page.ftl");
        assertThat(finding.rule()).isEqualTo("image-alt");
    }

    @Test
    void rawHtmlAllowedInAPageIsLocatedAtItsOwnLine() {
        String source = """
                ---
                title: A
                description: D.
                ---
                Texte.

                <details>
                <summary>En savoir <abbr title="plus">+</abbr></summary>

                Détail.

                </details>

                Un paragraphe
                sur deux lignes avec <span lang="en">stage</span>.
                """;
        Findings findings = new Findings();
        FrontMatterParser.Parsed parsed = new FrontMatterParser(Set.of("page")).parse(source, "content/a.md", findings);
        SourcePage page = new SourcePage(folder.resolve("content/a.md"), "content/a.md", "a.md", parsed.frontMatter(),
                parsed.body(), parsed.bodyLine(), "/a/");
        MarkdownRenderer renderer = new MarkdownRenderer(SiteIndex.of(List.of(page), Set.of(), findings),
                folder.resolve("content"), "/", findings, List.of());
        Document html = Jsoup.parseBodyFragment(renderer.render(page).html());
        SourceLocator locator = new SourceLocator(Optional.of(page), "templates/page.ftl");

        assertThat(findings.sorted()).isEmpty();
        assertThat(locator.locate(position(html.selectFirst("details")))).isEqualTo(new Location("content/a.md", 7));
        assertThat(locator.locate(position(html.selectFirst("abbr")))).isEqualTo(new Location("content/a.md", 8));
        assertThat(locator.locate(position(html.selectFirst("span[lang=en]")))).isEqualTo(new Location("content/a.md", 15));
    }

    /** The source offset of an element: its own or its nearest ancestor's, as the post step reads it. */
    private static String position(org.jsoup.nodes.Element element) {
        for (org.jsoup.nodes.Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr(MarkdownRenderer.SOURCE_POSITION)) {
                return e.attr(MarkdownRenderer.SOURCE_POSITION);
            }
        }
        return "";
    }
}
