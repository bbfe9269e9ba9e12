package fr.crefop.stages.check;

import fr.crefop.stages.diag.Finding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An {@code id} is used once per page: links to it and form labels would otherwise point to the wrong place. */
public final class DuplicateIdCheck implements PageCheck {

    @Override
    public List<Finding> check(CheckedPage page) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PageElement element : page.outline().elements()) {
            if (element.has("id") && !seen.add(element.id())) {
                Location location = element.location();
                findings.add(Finding.error(location.path(), location.line(), "duplicate-id",
                        page.about(location, "l'identifiant « " + element.id() + " » est utilisé deux fois"),
                        "donnez un identifiant différent à chaque titre ou élément {#identifiant}"));
            }
        }
        return findings;
    }
}
