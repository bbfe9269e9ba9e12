package fr.crefop.stages.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Optional;
import java.util.Set;

/**
 * Renders {@code !!! attention "Titre"} blocks as plain, accessible callouts:
 * {@code <div class="callout callout--attention" role="note"><p class="callout__title">Attention</p>…</div>},
 * without the icons and scripts of flexmark's own admonition renderer.
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
        html.srcPos(node.getChars()).attr("class", "callout callout--" + type.keyword()).attr("role", "note")
                .withAttr().tagLineIndent("div", () -> {
                    html.attr("class", "callout__title").withAttr().tag("p");
                    if (customTitle) {
                        // the kind of callout is also said to screen readers, not only shown by its style
                        html.raw("<span class=\"sr-only\">" + type.title() + " : </span>");
                    }
                    html.text(title);
                    html.closeTag("p").line();
                    context.renderChildren(node);
                });
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
