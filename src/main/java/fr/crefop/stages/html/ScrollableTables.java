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

    @Override
    public void apply(Document document) {
        int count = 0;
        for (Element table : document.select("main table")) {
            Element parent = table.parent();
            if (parent != null && parent.hasClass("table-scroll")) {
                continue;
            }
            count++;
            String name = AccessibleName.of(table);
            String label = name.isEmpty() ? "Tableau " + count : "Tableau : " + name;
            table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
            table.parent().attr("aria-label", label);
        }
    }
}
