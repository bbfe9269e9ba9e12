package fr.crefop.stages.extras.pdf;

import fr.crefop.stages.html.FrenchTypography;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * French spacing ({@link FrenchTypography}) on a parsed document: the PDF's cover and chapters, which the PDF
 * renderer needs as a tree. Same rules as the pages' single read: a text that follows an element continues its
 * sentence, a block element starts a new one.
 */
public final class PdfTypography {

    public void apply(Document document) {
        NodeTraversor.traverse(new Visitor(), document);
    }

    private static final class Visitor implements NodeVisitor {
        private char previous = ' ';
        private int skippedDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                if (skippedDepth > 0 || skips(element)) {
                    skippedDepth++;
                } else if (element.isBlock()) {
                    previous = ' ';
                }
                return;
            }
            if (node instanceof TextNode text && skippedDepth == 0) {
                String original = text.getWholeText();
                if (original.isEmpty()) {
                    return;
                }
                char before = text.previousSibling() instanceof Element ? previous : ' ';
                String spaced = FrenchTypography.space(original, before);
                if (!spaced.equals(original)) {
                    text.text(spaced);
                }
                previous = spaced.charAt(spaced.length() - 1);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element && skippedDepth > 0) {
                skippedDepth--;
            }
        }

        private static boolean skips(Element element) {
            return FrenchTypography.SKIPPED.contains(element.normalName()) || element.hasAttr("data-typo-off");
        }
    }
}
