package fr.crefop.stages.extras;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes from a final page what the search needs: the title, the section from the breadcrumb, and the text of the
 * main content only (no menu, breadcrumb, table of contents, metadata line, child-page cards, figures drawn in SVG),
 * cut at each level-2 or level-3 heading that has an id.
 */
public final class SearchText {

    /** Parts of {@code <main>} that repeat navigation or page metadata rather than say something. */
    private static final String LEFT_OUT = "nav, .toc, .page-head, .page-meta, .draft-banner, .children, .sitemap__tree, "
            + "script, style, svg, template, form, [hidden], .sr-only";
    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "dt", "dd", "div", "section", "blockquote",
            "pre", "figcaption", "caption", "br", "tr", "h4", "h5", "h6", "table", "ul", "ol", "dl", "details", "summary");

    /** The page's searchable text, or empty when the page has no {@code <main>}. */
    public Optional<SearchPage> extract(Document document, String url, List<String> tags) {
        Element main = document.selectFirst("main");
        if (main == null) {
            return Optional.empty();
        }
        Element h1 = main.selectFirst("h1");
        String title = h1 != null ? h1.text() : document.title();
        List<String> crumbs = document.select("nav.breadcrumb li a").eachText();
        String section = crumbs.size() > 1 ? crumbs.get(1) : "";
        Element content = main.clone();
        content.select(LEFT_OUT).remove();
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, content);
        return Optional.of(new SearchPage(url, title, section, tags, collector.parts()));
    }

    /** Walks the content once, starting a new part at each h2 or h3 with an id. */
    private static final class Collector implements NodeVisitor {
        private final List<SearchPage.Part> parts = new ArrayList<>();
        private String anchor = "";
        private String heading = "";
        private final StringBuilder text = new StringBuilder();
        private Element inHeading;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (inHeading == null && (name.equals("h2") || name.equals("h3")) && element.hasAttr("id")) {
                    flush();
                    anchor = element.id();
                    heading = element.text();
                    inHeading = element;
                } else if (BLOCKS.contains(name)) {
                    text.append(' ');
                }
            } else if (node instanceof TextNode textNode && inHeading == null) {
                text.append(textNode.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == inHeading) {
                inHeading = null;
            } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                text.append(' ');
            }
        }

        private void flush() {
            String collapsed = text.toString().replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
            if (!collapsed.isEmpty() || !heading.isEmpty() || parts.isEmpty()) {
                parts.add(new SearchPage.Part(anchor, heading, collapsed));
            }
            text.setLength(0);
        }

        List<SearchPage.Part> parts() {
            flush();
            return parts;
        }
    }
}
