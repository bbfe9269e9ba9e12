package fr.crefop.stages.check;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.html.TableMarkup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Data tables an assistive technology can read (RGAA 5.4, 5.6, 5.7): each table has a name (its caption or the
 * heading it comes under), two tables of a page never share one, and a table whose editor declared row headers
 * ({@code {.entetes-lignes}}) has them — the mark on anything but a table is reported too.
 */
public final class TableCheck implements PageCheck {

    private static final String CAPTION_HINT = "écrivez la légende du tableau sur la ligne qui suit sa dernière ligne,"
            + " entre crochets : [Membres excusés] ; sans légende, le tableau prend le nom de l'intertitre sous lequel il est";

    @Override
    public List<Finding> check(CheckedPage page) {
        List<Finding> findings = new ArrayList<>();
        Map<String, PageElement> names = new HashMap<>();
        Map<String, PageElement> ids = page.outline().byId();
        for (PageElement table : page.outline().named("table")) {
            if (table.attr("role").equals("presentation")) {
                continue;
            }
            Location location = table.location();
            String name = name(table, page.outline(), ids);
            if (name.isEmpty()) {
                findings.add(Finding.error(location.path(), location.line(), "table-name",
                        page.about(location, "le tableau n'a pas de nom (ni légende, ni intertitre avant lui)"), CAPTION_HINT));
            } else {
                PageElement first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), table);
                if (first != null) {
                    Location before = first.location();
                    findings.add(Finding.error(location.path(), location.line(), "table-name",
                            page.about(location, "deux tableaux de la page ont le même nom « " + name + " »"
                                    + (before.line() > 0 ? " (l'autre ligne " + before.line() + ")" : "")),
                            "donnez à chacun sa légende : " + CAPTION_HINT));
                }
            }
            if (table.hasClass(TableMarkup.ROW_HEADERS) && !hasRowHeaders(table, page.outline())) {
                findings.add(Finding.error(location.path(), location.line(), "table-headers",
                        page.about(location, "le tableau est marqué {.entetes-lignes} mais sa première colonne n'a aucune cellule remplie"),
                        "écrivez dans la première cellule de chaque ligne ce qui la nomme (« Jour 1 », « Durée »…)"));
            }
        }
        for (PageElement marked : page.outline().elements()) {
            if (marked.name().equals("table") || !marked.hasClass(TableMarkup.ROW_HEADERS)) {
                continue;
            }
            Location location = marked.location();
            findings.add(Finding.error(location.path(), location.line(), "table-headers",
                    page.about(location, "{.entetes-lignes} ne suit pas un tableau"),
                    "placez {.entetes-lignes} sur la ligne qui suit immédiatement la dernière ligne du tableau"
                            + " (ou sa légende [ … ]), sans ligne vide"));
        }
        return findings;
    }

    /**
     * The table's accessible name as a browser computes it, for the cases the site produces: the text of the elements
     * named by {@code aria-labelledby}, then {@code aria-label}, then its {@code <caption>}.
     */
    static String name(PageElement table, PageOutline outline, Map<String, PageElement> ids) {
        String labelledBy = table.attr("aria-labelledby").strip();
        if (!labelledBy.isEmpty()) {
            StringBuilder name = new StringBuilder();
            for (String id : labelledBy.split(" ")) {
                PageElement target = ids.get(id.strip());
                if (target != null && !target.text().isBlank()) {
                    name.append(name.length() > 0 ? " " : "").append(target.text().strip());
                }
            }
            if (name.length() > 0) {
                return name.toString();
            }
        }
        if (!table.attr("aria-label").isBlank()) {
            return table.attr("aria-label").strip();
        }
        return outline.children(table, "caption").stream().findFirst().map(c -> c.text().strip()).orElse("");
    }

    /** {@code > tbody > tr > th[scope=row]}. */
    private static boolean hasRowHeaders(PageElement table, PageOutline outline) {
        for (PageElement body : outline.children(table, "tbody")) {
            for (PageElement row : outline.children(body, "tr")) {
                for (PageElement header : outline.children(row, "th")) {
                    if (header.attr("scope").equals("row")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
