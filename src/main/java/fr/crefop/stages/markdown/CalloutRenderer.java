package fr.crefop.stages.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Optional;
import java.util.Set;

/**
 * Renders {@code !!! attention "Titre"} blocks as plain, accessible callouts:
 * {@code <div class="callout callout--attention" role="note"><p class="callout__title">Attention</p>…</div>},
 * without the icons and scripts of flexmark's own admonition renderer. A custom title shows the callout's type
 * before it ({@code Bon à savoir : Horaires}); {@code !!! sources} is a section with a real heading.
 */
final class CalloutRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, this::render));
    }

    private void render(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
        String keyword = node.getInfo().toString();
        Optional<Callout> callout = Callout.of(keyword);
        if (callout.isEmpty()) {
            PageContext.of(context.getDocument()).error(node, "callout", "encadré inconnu « !!! " + keyword + " »",
                    "encadrés possibles : " + Callout.keywords());
        }
        Callout type = callout.orElse(Callout.RETENIR);
        boolean customTitle = !(node.getTitle().isNull() || node.getTitle().isBlank());
        String title = customTitle ? node.getTitle().toString() : type.title();
        if (type == Callout.SOURCES) {
            // the sources close the page or its section: a real heading (RGAA 9.1.3), one level below the last one
            String heading = "h" + sourcesLevel(node);
            html.srcPos(node.getChars()).attr("class", "callout callout--sources").withAttr().tagLineIndent("section", () -> {
                html.attr("class", "callout__title").withAttr().tag(heading);
                html.text(title);
                html.closeTag(heading).line();
                context.renderChildren(node);
            });
            return;
        }
        html.srcPos(node.getChars()).attr("class", "callout callout--" + type.keyword()).attr("role", "note")
                .withAttr().tagLineIndent("div", () -> {
                    html.attr("class", "callout__title").withAttr().tag("p");
                    if (customTitle) {
                        // the kind of callout is shown, not only told by its colour (RGAA 3.1)
                        html.raw("<span class=\"callout__type\">" + type.title() + "<span class=\"sr-only\"> :</span></span> ");
                    }
                    html.text(title);
                    html.closeTag("p").line();
                    context.renderChildren(node);
                });
    }

    /**
     * h2 when the sources close the page (nothing but other callouts after them); otherwise one level below the
     * heading they come under, so that they never break the outline.
     */
    private static int sourcesLevel(AdmonitionBlock node) {
        Node top = node;
        while (top.getParent() != null && top.getParent() != node.getDocument()) {
            top = top.getParent();
        }
        boolean last = true;
        for (Node next = top.getNext(); next != null && last; next = next.getNext()) {
            last = next instanceof AdmonitionBlock;
        }
        if (!last) {
            for (Node previous = top.getPrevious(); previous != null; previous = previous.getPrevious()) {
                if (previous instanceof Heading heading) {
                    return Math.min(6, heading.getLevel() + 1);
                }
            }
        }
        return 2;
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new CalloutRenderer();
        }
    }

    /** Registers the callout renderer (the admonition parser is registered with the parser only). */
    static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
            // no options
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(new Factory());
        }
    }
}
