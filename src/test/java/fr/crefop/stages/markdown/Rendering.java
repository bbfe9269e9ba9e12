package fr.crefop.stages.markdown;

import fr.crefop.stages.content.FrontMatter;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Findings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Renders one Markdown page body as the build does (our flexmark dialect), without any later step. */
final class Rendering {

    private Rendering() {
    }

    /** The HTML flexmark writes for a page of the given layout. */
    static String html(String markdown, String layout) {
        return rendered(markdown, layout).html();
    }

    /** The whole result: the HTML and the table of contents. */
    static RenderedMarkdown rendered(String markdown, String layout) {
        Path root = Path.of("content").toAbsolutePath();
        FrontMatter front = new FrontMatter("Essai", "Une page d'essai.", layout, Optional.empty(), false,
                List.of(), List.of(), List.of(), List.of(), 0, Optional.empty());
        SourcePage page = new SourcePage(root.resolve("essai.md"), "content/essai.md", "essai.md", front, markdown, 1, "/essai/");
        Findings findings = new Findings();
        SiteIndex index = SiteIndex.of(List.of(page), Set.of(), findings);
        return new MarkdownRenderer(index, root, "/", findings, List.of()).render(page);
    }

    /** The same, read back as a document whose body is the rendered Markdown. */
    static Document document(String markdown, String layout) {
        return Jsoup.parseBodyFragment(html(markdown, layout));
    }
}
