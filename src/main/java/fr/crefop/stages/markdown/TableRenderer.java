package fr.crefop.stages.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.Attributes;
import com.vladsch.flexmark.util.html.MutableAttributes;
import fr.crefop.stages.html.TableMarkup;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders each Markdown table final, as RGAA 5.4, 5.6 and 5.7 want it, in its scrolling region ({@link TableMarkup}):
 * <ul>
 *   <li>the caption an editor wrote under the table ({@code [Légende]}) is the table's first child, where HTML wants
 *       it (flexmark writes it last); a blank caption is left out;</li>
 *   <li>column headers get {@code scope="col"};</li>
 *   <li>in a table marked {@code {.entetes-lignes}}, the first filled cell of each body row is a
 *       {@code <th scope="row">};</li>
 *   <li>a table without a caption (nor {@code aria-label}) is named by the heading it comes under
 *       ({@code aria-labelledby}), the last h2 to h6 before it.</li>
 * </ul>
 * A table left without a name, or with the same name as another table of the page, is reported by
 * {@code check.TableCheck}. One instance per rendered page.
 */
final class TableRenderer implements NodeRenderer {

    /** A table written as raw HTML by a page generator: it counts in the rank of the tables of the page. */
    private static final Pattern RAW_TABLE = Pattern.compile("<table[\\s>]", Pattern.CASE_INSENSITIVE);

    /** Where a table stands in its page: its rank (from 1) and the heading it comes under, if that names it. */
    private record Place(int index, Heading heading) {
    }

    private Map<TableBlock, Place> places;
    /** Whether the table being rendered is marked {@code {.entetes-lignes}}. */
    private boolean rowHeaders;

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TableBlock.class, this::table),
                new NodeRenderingHandler<>(TableCaption.class, this::caption),
                new NodeRenderingHandler<>(TableCell.class, this::cell));
    }

    private void table(TableBlock node, NodeRendererContext context, HtmlWriter html) {
        Place place = places(context).get(node);
        TableCaption caption = node.getChildOfType(TableCaption.class) instanceof TableCaption c ? c : null;
        String captionText = caption == null ? "" : PlainText.of(caption);
        html.srcPosWithEOL(node.getChars());
        MutableAttributes attributes = context.extendRenderingNodeAttributes(node, AttributablePart.NODE, pending(html));
        if (captionText.isEmpty() && !attributes.contains("aria-label") && !attributes.contains("aria-labelledby")
                && place.heading() != null) {
            attributes.replaceValue("aria-labelledby", place.heading().getAnchorRefId());
        }
        // the accessible name, in the browser's order: aria-labelledby, aria-label, caption
        String name = attributes.contains("aria-labelledby") ? headingText(context, attributes.getValue("aria-labelledby")) : "";
        name = name.isEmpty() ? attributes.getValue("aria-label").strip() : name;
        name = name.isEmpty() ? captionText : name;
        rowHeaders = attributes.containsValue("class", TableMarkup.ROW_HEADERS);
        html.line();
        html.raw(TableMarkup.open(name, place.index()));
        open(html, "table", attributes);
        if (!captionText.isEmpty()) {
            context.render(caption);
        }
        html.line();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof TableCaption)) {
                context.render(child);
            }
        }
        if (caption != null) {
            html.raw("\n"); // where flexmark wrote the caption: the output stays the same with or without it
        }
        html.raw("</table>" + TableMarkup.CLOSE);
        html.line();
        rowHeaders = false;
    }

    private void caption(TableCaption node, NodeRendererContext context, HtmlWriter html) {
        html.srcPos(node.getChars().trimStart()).withAttr().tag("caption");
        context.renderChildren(node);
        html.tag("/caption");
    }

    private void cell(TableCell node, NodeRendererContext context, HtmlWriter html) {
        boolean columnHeader = node.isHeader() && node.getParent() != null && node.getParent().getParent() instanceof TableHead;
        boolean rowHeader = !node.isHeader() && rowHeaders && node.getPrevious() == null && node.getParent() != null
                && node.getParent().getParent() instanceof TableBody && !PlainText.of(node).isEmpty();
        String tag = node.isHeader() || rowHeader ? "th" : "td";
        if (node.getAlignment() != null) {
            html.attr("align", node.getAlignment().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (node.getSpan() > 1) {
            html.attr("colspan", String.valueOf(node.getSpan()));
        }
        html.srcPos(node.getText());
        MutableAttributes attributes = context.extendRenderingNodeAttributes(node, AttributablePart.NODE, pending(html));
        if (rowHeader) {
            attributes.replaceValue("scope", "row");
        } else if (columnHeader && !attributes.contains("scope")) {
            attributes.replaceValue("scope", "col");
        }
        open(html, tag, attributes);
        context.renderChildren(node);
        html.raw("</" + tag + ">");
    }

    /** The attributes set on the writer for the next tag (its source position), taken from it. */
    private static Attributes pending(HtmlWriter html) {
        Attributes attributes = html.getAttributes() == null ? new MutableAttributes() : html.getAttributes();
        html.setAttributes(new MutableAttributes());
        return attributes;
    }

    /** A start tag with attributes computed here (flexmark's writer would ask the attribute providers again). */
    private static void open(HtmlWriter html, String tag, Attributes attributes) {
        StringBuilder start = new StringBuilder("<").append(tag);
        for (Attribute attribute : attributes.values()) {
            if (!attribute.isNonRendering()) {
                start.append(' ').append(Escaping.escapeHtml(attribute.getName(), true))
                        .append("=\"").append(Escaping.escapeHtml(attribute.getValue(), true)).append('"');
            }
        }
        html.raw(start.append('>'));
    }

    /** The text of the headings an {@code aria-labelledby} names, as a browser would give it. */
    private static String headingText(NodeRendererContext context, String ids) {
        StringBuilder text = new StringBuilder();
        for (String id : ids.strip().split("\\s+")) {
            for (Node node : context.getDocument().getDescendants()) {
                if (node instanceof Heading heading && heading.getAnchorRefId().equals(id)) {
                    text.append(' ').append(PlainText.of(heading));
                    break;
                }
            }
        }
        return TableMarkup.normalise(text.toString());
    }

    /** The place of every table of the page, found once per page (heading ids exist when rendering starts). */
    private Map<TableBlock, Place> places(NodeRendererContext context) {
        if (places == null) {
            places = new IdentityHashMap<>();
            int count = 0;
            Heading last = null;
            for (Node node : context.getDocument().getDescendants()) {
                if (node instanceof Heading heading && heading.getLevel() >= 2) {
                    last = heading;
                } else if (node instanceof TableBlock table) {
                    count++;
                    boolean names = last != null && !last.getAnchorRefId().isEmpty() && !PlainText.of(last).isEmpty();
                    places.put(table, new Place(count, names ? last : null));
                } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                    count += (int) RAW_TABLE.matcher(node.getChars()).results().count();
                }
            }
        }
        return places;
    }

    static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
            // no options
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new TableRenderer());
        }
    }
}
