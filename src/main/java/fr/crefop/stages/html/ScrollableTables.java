package fr.crefop.stages.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Wraps each table in a region that scrolls by itself on a narrow screen, so that the page does not: a named,
 * keyboard-focusable {@code <div class="table-scroll" role="region" tabindex="0">}.
 */
public final class ScrollableTables implements HtmlTransform {

    @Override
    public String name() {
        return "tables";
    }

    /** The text of the last heading before the table, which says what the table is about. */
    private static java.util.Optional<String> headingBefore(Element table) {
        Element heading = null;
        for (Element element : table.ownerDocument().select("main h2, main h3, main h4, main table")) {
            if (element == table) {
                break;
            }
            if (!element.normalName().equals("table")) {
                heading = element;
            }
        }
        return java.util.Optional.ofNullable(heading).map(Element::text).filter(t -> !t.isBlank());
    }

    @Override
    public void apply(Document document) {
        int count = 0;
        for (Element table : document.select("main table")) {
            Element parent = table.parent();
            if (parent != null && parent.hasClass("table-scroll")) {
                continue;
            }
            count++;
            Element caption = table.selectFirst("caption");
            String label = caption != null && !caption.text().isBlank() ? caption.text() : headingBefore(table)
                    .map(h -> "Tableau : " + h).orElse("Tableau " + count);
            table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
            table.parent().attr("aria-label", label);
        }
    }
}
