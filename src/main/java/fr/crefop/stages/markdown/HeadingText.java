package fr.crefop.stages.markdown;

import fr.crefop.stages.content.TextScan;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The text of a heading as readers see it, French quotes and apostrophes included (flexmark's
 * {@code TextCollectingVisitor} drops its typographic nodes).
 */
final class HeadingText {

    private HeadingText() {
    }

    static String of(Node heading) {
        StringBuilder text = new StringBuilder();
        append(heading, text);
        return TextScan.collapseSpaces(text.toString()).strip();
    }

    private static void append(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text || child instanceof Code) {
                text.append(child instanceof Code code ? code.getText() : child.getChars());
            } else if (child instanceof SoftLineBreak) {
                text.append(' ');
            } else if (child instanceof TypographicSmarts smarts) {
                text.append(smarts.getTypographicText());
            } else if (child instanceof TypographicQuotes quotes) {
                text.append(quotes.getTypographicOpening());
                append(child, text);
                text.append(quotes.getTypographicClosing());
            } else {
                append(child, text);
            }
        }
    }
}
