package fr.crefop.stages.check;

import fr.crefop.stages.diag.Finding;

import java.util.ArrayList;
import java.util.List;

/** The standard page rules, run together on each page. */
public final class PageChecks {

    private final List<PageCheck> checks;

    public PageChecks(List<PageCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public static PageChecks standard() {
        return new PageChecks(List.of(new LangCheck(), new TitleCheck(), new HeadingCheck(), new ImageAltCheck(),
                new DuplicateIdCheck(), new TableCheck(), new FigureCheck()));
    }

    public List<Finding> check(CheckedPage page) {
        List<Finding> findings = new ArrayList<>();
        for (PageCheck check : checks) {
            findings.addAll(check.check(page));
        }
        return findings;
    }
}
