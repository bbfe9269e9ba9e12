package fr.crefop.stages.check;

import fr.crefop.stages.diag.Finding;

import java.util.List;

/** The page declares its language ({@code <html lang="fr">}), so that screen readers pronounce it in French. */
public final class LangCheck implements PageCheck {

    @Override
    public List<Finding> check(CheckedPage page) {
        if (page.outline().first("html").filter(html -> !html.attr("lang").isBlank()).isPresent()) {
            return List.of();
        }
        Location location = page.locator().locate("");
        return List.of(Finding.error(location.path(), location.line(), "lang",
                page.about(location, "la page ne déclare pas sa langue"),
                "le gabarit doit commencer par <html lang=\"fr\">"));
    }
}
