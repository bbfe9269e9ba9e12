package fr.crefop.stages.markdown;

import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import fr.crefop.stages.html.TableMarkup;

/**
 * The text of rendered inline Markdown as a browser exposes it (an accessible name): entities and escapes decoded,
 * typographic quotes included, images and raw tags left out, spaces collapsed. Used to name a table by its caption
 * or by its heading.
 */
final class PlainText {

    private PlainText() {
    }

    static String of(Node node) {
        StringBuilder text = new StringBuilder();
        append(node, text);
        return TableMarkup.normalise(text.toString());
    }

    private static void append(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text || child instanceof HtmlEntity) {
                text.append(child.getChars().unescape());
            } else if (child instanceof Code code) {
                text.append(code.getText());
            } else if (child instanceof DelimitedLinkNode link && !child.hasChildren()) {
                text.append(link.getText().unescape()); // <https://…>, <nom@exemple.fr>
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else if (child instanceof TypographicSmarts smarts) {
                text.append(smarts.getTypographicText());
            } else if (child instanceof TypographicQuotes quotes) {
                text.append(quotes.getTypographicOpening());
                append(child, text);
                text.append(quotes.getTypographicClosing());
            } else if (!(child instanceof Image || child instanceof ImageRef || child instanceof HtmlInlineBase
                    || child instanceof AttributesNode)) {
                append(child, text);
            }
        }
    }
}
