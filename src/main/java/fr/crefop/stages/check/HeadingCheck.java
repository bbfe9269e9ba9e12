package fr.crefop.stages.check;

import fr.crefop.stages.diag.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code h1} per page, and heading levels in the text that never skip: the first heading written in the page is
 * an {@code h2} ({@code ##}), and an {@code h2} is never followed by an {@code h4}.
 */
public final class HeadingCheck implements PageCheck {

    @Override
    public List<Finding> check(CheckedPage page) {
        List<Finding> findings = new ArrayList<>();
        List<PageElement> headings = page.outline().elements().stream().filter(HeadingCheck::isHeading).toList();
        List<PageElement> h1 = headings.stream().filter(h -> h.name().equals("h1")).toList();
        if (h1.size() != 1) {
            Location location = h1.size() > 1 ? h1.get(1).location() : page.locator().page();
            findings.add(Finding.error(location.path(), location.line(), "heading",
                    page.about(location, h1.isEmpty() ? "la page n'a pas de titre h1"
                            : "la page a " + h1.size() + " titres h1 au lieu d'un"),
                    "le titre de la page vient de « title: » ; dans le texte, commencez les intertitres à « ## »"));
        }
        int previous = 1;
        for (PageElement heading : headings) {
            if (heading.location().line() == 0) {
                continue; // headings of the layout are checked by axe in the browser gate; here, what editors wrote
            }
            int level = heading.name().charAt(1) - '0';
            if (level > previous + 1) {
                Location location = heading.location();
                findings.add(Finding.error(location.path(), location.line(), "heading",
                        page.about(location, "le titre « " + heading.text() + " » (h" + level + ") saute un niveau après un h" + previous),
                        "utilisez " + "#".repeat(previous + 1) + " : les niveaux de titre se suivent sans en sauter"));
            }
            previous = level;
        }
        return findings;
    }

    static boolean isHeading(PageElement element) {
        String name = element.name();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }
}
