package fr.crefop.stages.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.HashSet;
import java.util.Set;

/**
 * Renders the raw HTML of a page (blocks, inline tags, comments) through {@link RawHtml}: what the policy refuses
 * is an error at its Markdown line and is not published; what it allows is published with source offsets on its
 * tags, and without its comments. One instance per rendered page.
 */
final class RawHtmlRenderer implements NodeRenderer {

    /** Errors already reported, by line and message: an opening and a closing tag make one error. */
    private final Set<String> reported = new HashSet<>();

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, this::block),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, this::block),
                new NodeRenderingHandler<>(HtmlInnerBlock.class, this::block),
                new NodeRenderingHandler<>(HtmlInnerBlockComment.class, this::block),
                new NodeRenderingHandler<>(HtmlInline.class, this::inline),
                new NodeRenderingHandler<>(HtmlInlineComment.class, this::inline));
    }

    private void block(HtmlBlockBase node, NodeRendererContext context, HtmlWriter html) {
        String published = read(node, node.getContentChars(), context);
        if (!published.isBlank()) {
            html.line();
            html.rawPre(published);
            html.line();
        }
    }

    private void inline(HtmlInlineBase node, NodeRendererContext context, HtmlWriter html) {
        html.raw(read(node, node.getChars(), context));
    }

    private String read(Node node, BasedSequence chars, NodeRendererContext context) {
        PageContext page = PageContext.of(context.getDocument());
        String text = chars.toString();
        if (page.page().generated()) {
            // written by the build's own generators, which escape every data value: not an editor's raw HTML
            return text;
        }
        RawHtml.Reading reading = RawHtml.read(text, chars::getIndexOffset);
        for (RawHtml.Refusal refusal : reading.refusals()) {
            int line = page.lineAt(node, chars.getIndexOffset(Math.min(refusal.index(), chars.length() - 1)));
            if (reported.add(line + "|" + refusal.message())) {
                page.errorAt(line, "html", refusal.message(), refusal.hint());
            }
        }
        return reading.html();
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new RawHtmlRenderer();
        }
    }

    /** Registers the raw HTML renderer in place of flexmark's, which copies raw HTML as it is. */
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
