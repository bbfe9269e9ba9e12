package fr.crefop.stages.check;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.html.AccessibleName;
import fr.crefop.stages.html.TableMarkup;
import org.jsoup.nodes.Element;

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
        Map<String, Element> names = new HashMap<>();
        for (Element table : page.document().select("table")) {
            if (table.attr("role").equals("presentation")) {
                continue;
            }
            Location location = page.locate(table);
            String name = AccessibleName.of(table);
            if (name.isEmpty()) {
                findings.add(Finding.error(location.path(), location.line(), "table-name",
                        page.about(location, "le tableau n'a pas de nom (ni légende, ni intertitre avant lui)"), CAPTION_HINT));
            } else {
                Element first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), table);
                if (first != null) {
                    Location before = page.locate(first);
                    findings.add(Finding.error(location.path(), location.line(), "table-name",
                            page.about(location, "deux tableaux de la page ont le même nom « " + name + " »"
                                    + (before.line() > 0 ? " (l'autre ligne " + before.line() + ")" : "")),
                            "donnez à chacun sa légende : " + CAPTION_HINT));
                }
            }
            if (table.hasClass(TableMarkup.ROW_HEADERS) && table.select("> tbody > tr > th[scope=row]").isEmpty()) {
                findings.add(Finding.error(location.path(), location.line(), "table-headers",
                        page.about(location, "le tableau est marqué {.entetes-lignes} mais sa première colonne n'a aucune cellule remplie"),
                        "écrivez dans la première cellule de chaque ligne ce qui la nomme (« Jour 1 », « Durée »…)"));
            }
        }
        for (Element marked : page.document().select("." + TableMarkup.ROW_HEADERS + ":not(table)")) {
            Location location = page.locate(marked);
            findings.add(Finding.error(location.path(), location.line(), "table-headers",
                    page.about(location, "{.entetes-lignes} ne suit pas un tableau"),
                    "placez {.entetes-lignes} sur la ligne qui suit immédiatement la dernière ligne du tableau"
                            + " (ou sa légende [ … ]), sans ligne vide"));
        }
        return findings;
    }
}
