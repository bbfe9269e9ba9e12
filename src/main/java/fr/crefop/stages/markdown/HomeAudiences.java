package fr.crefop.stages.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;

/**
 * On the home page, groups each audience entry point (« Je suis une entreprise »…: an h2 whose id starts with
 * {@code je-suis}, and what follows it up to the next h2) in a {@code <section class="audience">}, and the
 * consecutive ones in a {@code <div class="audiences">}, so that the stylesheet can set them side by side on wide
 * screens. The reading order stays the order of the text. Done on the Markdown tree, before rendering.
 */
final class HomeAudiences {

    /** The layout of the home page (templates/home.ftl). */
    static final String LAYOUT = "home";
    private static final String PREFIX = "je-suis";

    private HomeAudiences() {
    }

    /** Groups the audiences of a page whose heading ids are known (see {@link AsciiHeadingIds}). */
    static void group(Document document) {
        Group group = null;
        Node node = document.getFirstChild();
        while (node != null) {
            if (!(node instanceof Heading heading && isAudience(heading))) {
                node = node.getNext();
                continue;
            }
            if (group == null || heading.getPrevious() != group) {
                group = new Group();
                heading.insertBefore(group);
            }
            Section section = new Section(heading.getAnchorRefId());
            group.appendChild(section);
            Node member = heading;
            do {
                Node next = member.getNext();
                section.appendChild(member);
                member = next;
            } while (member != null && !(member instanceof Heading h && h.getLevel() == 2));
            node = member;
        }
    }

    private static boolean isAudience(Heading heading) {
        return heading.getLevel() == 2 && heading.getAnchorRefId().startsWith(PREFIX);
    }

    /** {@code <div class="audiences">}: consecutive audiences. */
    static final class Group extends Block {
        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** {@code <section class="audience">}: one audience, named by its heading. */
    static final class Section extends Block {
        private final String headingId;

        Section(String headingId) {
            this.headingId = headingId;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Group.class, this::group),
                    new NodeRenderingHandler<>(Section.class, this::section));
        }

        private void group(Group node, NodeRendererContext context, HtmlWriter html) {
            html.line();
            html.raw("<div class=\"audiences\">");
            context.renderChildren(node);
            html.raw("</div>");
            html.line();
        }

        private void section(Section node, NodeRendererContext context, HtmlWriter html) {
            html.raw("<section class=\"audience\" aria-labelledby=\""
                    + node.headingId.replace("&", "&amp;").replace("\"", "&quot;") + "\">");
            context.renderChildren(node);
            html.raw("</section>");
        }
    }

    static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
            // no options
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new Renderer());
        }
    }
}
