package fr.crefop.stages.markdown;

import com.vladsch.flexmark.util.ast.Node;
import fr.crefop.stages.content.SourcePage;

/**
 * What a flexmark extension outside this package may know of the page it renders: report a problem at the line
 * of a node, and turn a site address into a published one.
 */
public final class MarkdownPage {

    private final PageContext context;

    private MarkdownPage(PageContext context) {
        this.context = context;
    }

    /** The page a node belongs to. */
    public static MarkdownPage of(Node node) {
        return new MarkdownPage(PageContext.of(node.getDocument()));
    }

    public SourcePage page() {
        return context.page();
    }

    /** The source line of a node. */
    public int line(Node node) {
        return context.line(node);
    }

    /** Records an error at the node's line; the build stops after the bake step. */
    public void error(Node node, String rule, String message, String hint) {
        context.error(node, rule, message, hint);
    }

    /** {@code /statistiques/} → the published address, with the site's base path. */
    public String url(String address) {
        return context.published(address);
    }
}
