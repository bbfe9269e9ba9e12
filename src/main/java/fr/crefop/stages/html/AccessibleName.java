package fr.crefop.stages.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The accessible name of a table or figure as a browser computes it, for the cases the site produces:
 * {@code aria-labelledby} (the text of the elements it names), then {@code aria-label}, then the table's
 * {@code <caption>}. Empty when it has none.
 */
public final class AccessibleName {

    private AccessibleName() {
    }

    public static String of(Element element) {
        String labelledBy = element.attr("aria-labelledby").strip();
        if (!labelledBy.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (String id : labelledBy.split("\\s+")) {
                Element target = element.ownerDocument() == null ? null : element.ownerDocument().getElementById(id);
                if (target != null) {
                    parts.add(target.text().strip());
                }
            }
            String name = String.join(" ", parts).strip();
            if (!name.isEmpty()) {
                return name;
            }
        }
        if (!element.attr("aria-label").isBlank()) {
            return element.attr("aria-label").strip();
        }
        // a figcaption names a figure only through aria-label for RGAA 1.9.4: it is not counted here
        Element caption = element.normalName().equals("table") ? element.selectFirst("> caption") : null;
        return caption == null ? "" : caption.text().strip();
    }
}
