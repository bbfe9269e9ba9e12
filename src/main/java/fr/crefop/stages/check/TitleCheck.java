package fr.crefop.stages.check;

import fr.crefop.stages.diag.Finding;

import java.util.ArrayList;
import java.util.List;

/** Every page has a {@code <title>} and a meta description. */
public final class TitleCheck implements PageCheck {

    @Override
    public List<Finding> check(CheckedPage page) {
        List<Finding> findings = new ArrayList<>();
        Location location = page.locator().page();
        if (page.outline().first("title").map(PageElement::text).orElse("").isBlank()) {
            findings.add(Finding.error(location.path(), location.line(), "title",
                    page.about(location, "la page n'a pas de titre <title>"), "ajoutez « title: … » dans l'en-tête de la page"));
        }
        boolean described = page.outline().named("meta").stream()
                .filter(meta -> meta.attr("name").equals("description")).findFirst()
                .filter(meta -> !meta.attr("content").isBlank()).isPresent();
        if (!described) {
            findings.add(Finding.error(location.path(), location.line(), "description",
                    page.about(location, "la page n'a pas de description"),
                    "ajoutez « description: une phrase qui résume la page » dans l'en-tête"));
        }
        return findings;
    }
}
