package fr.crefop.stages.check;

import fr.crefop.stages.diag.Finding;
import org.jsoup.nodes.Element;

import java.util.List;

/** The page declares its language ({@code <html lang="fr">}), so that screen readers pronounce it in French. */
public final class LangCheck implements PageCheck {

    @Override
    public List<Finding> check(CheckedPage page) {
        Element html = page.document().selectFirst("html");
        if (html != null && !html.attr("lang").isBlank()) {
            return List.of();
        }
        Location location = page.locator().locate(page.document().body());
        return List.of(Finding.error(location.path(), location.line(), "lang",
                page.about(location, "la page ne déclare pas sa langue"),
                "le gabarit doit commencer par <html lang=\"fr\">"));
    }
}
