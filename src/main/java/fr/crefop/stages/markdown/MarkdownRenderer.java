package fr.crefop.stages.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Findings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Our Markdown dialect: one flexmark {@link Parser} and {@link HtmlRenderer}, built once per build and safe to use
 * from several threads. Links to source files are rewritten, headings get ASCII ids, {@code !!!} blocks become
 * callouts, {@code - [ ]} lists become checklists of real checkboxes, tables come out named and in their scrolling
 * region, the home page's audiences are grouped, and French quotes are typeset « … ». The HTML is final: it is not
 * parsed again to be transformed.
 */
public final class MarkdownRenderer {

    /** The attribute that carries source offsets on block elements, for findings; removed before publishing. */
    public static final String SOURCE_POSITION = "data-md-pos";

    private final Parser parser;
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    private final SiteIndex index;
    private final Path contentRoot;
    private final String basePath;
    private final Findings findings;

    public MarkdownRenderer(SiteIndex index, Path contentRoot, String basePath, Findings findings,
                            List<Extension> extraExtensions) {
        this.index = index;
        this.contentRoot = contentRoot;
        this.basePath = basePath;
        this.findings = findings;
        MutableDataSet options = options();
        List<Extension> parsing = new ArrayList<>(List.of(TablesExtension.create(), TocExtension.create(),
                AdmonitionExtension.create(), AttributesExtension.create(), FootnoteExtension.create(),
                AutolinkExtension.create(), DefinitionExtension.create(), TypographicExtension.create(),
                TaskListExtension.create()));
        parsing.addAll(extraExtensions);
        List<Extension> rendering = new ArrayList<>(parsing);
        rendering.remove(parsing.get(2)); // admonitions are rendered by CalloutRenderer
        rendering.add(new CalloutRenderer.Extension());
        rendering.add(new ChecklistClass.Extension());
        rendering.add(new ChecklistRenderer.Extension());
        rendering.add(new TableRenderer.Extension());
        rendering.add(new HomeAudiences.Extension());
        rendering.add(new SourceLinkResolver.Extension());
        rendering.add(new RawHtmlRenderer.Extension());
        this.parser = Parser.builder(options).extensions(parsing).build();
        List<Extension> withoutAutolinks = new ArrayList<>(parsing);
        withoutAutolinks.removeIf(AutolinkExtension.class::isInstance);
        this.parserWithoutAutolinks = Parser.builder(options).extensions(withoutAutolinks).build();
        this.renderer = HtmlRenderer.builder(options).extensions(rendering)
                .htmlIdGeneratorFactory(new AsciiHeadingIds.Factory()).build();
    }

    private static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOURCE_POSITION_ATTRIBUTE, SOURCE_POSITION);
        options.set(TablesExtension.WITH_CAPTION, true);
        options.set(TocExtension.LEVELS, 4 | 8);
        options.set(TocExtension.LIST_CLASS, "toc-inline");
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "«\u00a0");
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u00a0»");
        options.set(TypographicExtension.DOUBLE_QUOTE_UNMATCHED, "\"");
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "’");
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "’");
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "’");
        options.set(TypographicExtension.ELLIPSIS, "…");
        options.set(TypographicExtension.ELLIPSIS_SPACED, "…");
        options.set(TypographicExtension.EN_DASH, "–");
        options.set(TypographicExtension.EM_DASH, "—");
        options.set(TaskListExtension.TIGHT_ITEM_CLASS, "checklist__item");
        options.set(TaskListExtension.LOOSE_ITEM_CLASS, "checklist__item");
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩\u00a0retour au texte");
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, true);
        // flexmark's admonition parser would otherwise read its SVG icons from the jar for every page
        options.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of());
        options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, Map.of());
        options.set(AdmonitionExtension.QUALIFIER_TITLE_MAP, Map.of());
        return options;
    }

    /** Renders one page's body; problems (broken links, unknown callouts) go to the build's findings. */
    public RenderedMarkdown render(SourcePage page) {
        // the autolink pass costs about a third of the parsing: only pages with a bare address need it
        Document document = (BareLinks.present(page.body()) ? parser : parserWithoutAutolinks).parse(page.body());
        PageContext context = new PageContext(page, index, contentRoot, basePath, findings);
        document.set(PageContext.KEY, context);
        MarkdownSafety.check(document, context);
        if (page.frontMatter().layout().equals(HomeAudiences.LAYOUT)) {
            new AsciiHeadingIds().generateIds(document); // the same ids as the renderer's, which keeps them
            HomeAudiences.group(document);
        }
        String html = renderer.render(document);
        return new RenderedMarkdown(html, toc(document));
    }

    /** Level-2 and level-3 headings, with their text as rendered (French quotes and apostrophes included). */
    private static List<TocEntry> toc(Document document) {
        List<TocEntry> entries = new ArrayList<>();
        for (var node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getLevel() >= 2 && heading.getLevel() <= 3
                    && !heading.getAnchorRefId().isEmpty()) {
                entries.add(new TocEntry(heading.getLevel(), heading.getAnchorRefId(), PlainText.of(heading)));
            }
        }
        return entries;
    }
}
