package fr.crefop.stages.html;

import fr.crefop.stages.markdown.MarkdownRenderer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Removes the source offsets left on elements for error messages, once the checks have used them. */
public final class SourcePositions implements HtmlTransform {

    @Override
    public String name() {
        return "positions";
    }

    @Override
    public void apply(Document document) {
        for (Element element : document.select("[" + MarkdownRenderer.SOURCE_POSITION + "]")) {
            element.removeAttr(MarkdownRenderer.SOURCE_POSITION);
        }
    }
}
