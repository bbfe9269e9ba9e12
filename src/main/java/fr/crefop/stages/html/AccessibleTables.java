package fr.crefop.stages.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Optional;

/**
 * Gives each table of the text its headers and its name (RGAA 5.4, 5.6, 5.7):
 * <ul>
 *   <li>the caption an editor wrote under the table ({@code [Légende]}) becomes the table's first child, where
 *       HTML wants it (flexmark writes it last);</li>
 *   <li>column headers get {@code scope="col"};</li>
 *   <li>in a table marked {@code {.entetes-lignes}}, the first cell of each body row becomes
 *       {@code <th scope="row">};</li>
 *   <li>a table without a caption is named by the heading it comes under ({@code aria-labelledby}).</li>
 * </ul>
 * A table left without a name, or with the same name as another table of the page, is reported by
 * {@code check.TableCheck}.
 */
public final class AccessibleTables implements HtmlTransform {

    /** The class an editor puts on a table ({@code {.entetes-lignes}}) whose first column names the rows. */
    public static final String ROW_HEADERS = "entetes-lignes";

    @Override
    public String name() {
        return "noms des tableaux";
    }

    @Override
    public void apply(Document document) {
        for (Element table : document.select("main table")) {
            Element caption = table.selectFirst("> caption");
            if (caption != null) {
                if (caption.text().isBlank()) {
                    caption.remove();
                    caption = null;
                } else if (table.child(0) != caption) {
                    table.prependChild(caption);
                }
            }
            for (Element header : table.select("> thead > tr > th")) {
                if (!header.hasAttr("scope")) {
                    header.attr("scope", "col");
                }
            }
            if (table.hasClass(ROW_HEADERS)) {
                rowHeaders(table);
            }
            if (caption == null && !table.hasAttr("aria-label") && !table.hasAttr("aria-labelledby")) {
                headingBefore(table).ifPresent(h -> table.attr("aria-labelledby", h.id()));
            }
        }
    }

    private static void rowHeaders(Element table) {
        for (Element row : table.select("> tbody > tr")) {
            Element first = row.children().first();
            if (first != null && first.normalName().equals("td") && !first.text().isBlank()) {
                first.tagName("th");
                first.attr("scope", "row");
            }
        }
    }

    /** The last heading with an id before the table in the main content: what the table is about. */
    static Optional<Element> headingBefore(Element table) {
        Element heading = null;
        for (Element element : table.ownerDocument().select("main h2, main h3, main h4, main h5, main h6, main table")) {
            if (element == table) {
                break;
            }
            if (!element.normalName().equals("table")) {
                heading = element;
            }
        }
        return Optional.ofNullable(heading).filter(h -> !h.id().isEmpty() && !h.text().isBlank());
    }
}
