package fr.crefop.stages.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.gfm.tasklist.internal.TaskListNodeRenderer;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;

/**
 * Checklists that can be ticked on screen: each {@code - [ ]} item is a real checkbox
 * ({@code <input type="checkbox" class="checklist__input" id="case-N">}, {@code checked} for {@code - [x]}),
 * named by its item's text through a {@code <label for="case-N">} that holds the item's first paragraph (a
 * nested list stays outside). N counts the boxes of the page. Without JavaScript the boxes can be ticked (not
 * kept); {@code assets/js/checklists.js} keeps the ticks in the browser. On paper the boxes print empty and each
 * section holding a checklist starts a page (site.css, {@link ChecklistClass}). One instance per rendered page.
 */
final class ChecklistRenderer implements NodeRenderer {

    private final String tightClass;
    private final String looseClass;
    private final ListOptions listOptions;
    private int count;

    private ChecklistRenderer(DataHolder options) {
        tightClass = TaskListExtension.TIGHT_ITEM_CLASS.get(options);
        looseClass = TaskListExtension.LOOSE_ITEM_CLASS.get(options);
        listOptions = ListOptions.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TaskListItem.class, this::render));
    }

    private void render(TaskListItem node, NodeRendererContext context, HtmlWriter html) {
        count++;
        String id = "case-" + count;
        BasedSequence source = context.getHtmlOptions().sourcePositionParagraphLines || node.getFirstChild() == null
                ? node.getChars() : node.getFirstChild().getChars();
        Node first = node.getFirstChild() instanceof Paragraph paragraph ? paragraph : null;
        if (listOptions.isTightListItem(node)) {
            if (!tightClass.isEmpty()) {
                html.attr("class", tightClass);
            }
            html.srcPos(source.getStartOffset(), source.getEndOffset()).withAttr(CoreNodeRenderer.TIGHT_LIST_ITEM)
                    .withCondIndent().tagLine("li", () -> {
                        box(node, first, id, context, html);
                        rest(node, first, context);
                    });
        } else {
            if (!looseClass.isEmpty()) {
                html.attr("class", looseClass);
            }
            html.withAttr(CoreNodeRenderer.LOOSE_LIST_ITEM).tagIndent("li", () -> {
                html.srcPos(source.getStartOffset(), source.getEndOffset())
                        .withAttr(TaskListNodeRenderer.TASK_ITEM_PARAGRAPH)
                        .tagLine("p", () -> box(node, first, id, context, html));
                rest(node, first, context);
            });
        }
    }

    /** The checkbox and its label, which holds the item's first paragraph. */
    private static void box(TaskListItem node, Node first, String id, NodeRendererContext context, HtmlWriter html) {
        html.raw("<input type=\"checkbox\" class=\"checklist__input\" id=\"" + id + "\""
                + (node.isItemDoneMarker() ? " checked" : "") + ">");
        html.raw("<label class=\"checklist__label\" for=\"" + id + "\">");
        if (first != null) {
            context.render(first);
        }
        html.raw("</label>");
    }

    /** What the item holds after its first paragraph (a nested list, other paragraphs). */
    private static void rest(TaskListItem node, Node first, NodeRendererContext context) {
        for (Node child = first == null ? node.getFirstChild() : first.getNext(); child != null; child = child.getNext()) {
            context.render(child);
        }
    }

    static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
            // no options
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(ChecklistRenderer::new);
        }
    }
}
