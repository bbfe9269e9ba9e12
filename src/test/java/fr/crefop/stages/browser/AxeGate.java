package fr.crefop.stages.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core (the copy embedded in {@code com.deque.html.axe-core:selenium}) run on the page the browser shows, with
 * the WCAG 2.0 and 2.1 rules of levels A and AA, the base of RGAA 4.1.2. Each node of each violation is a finding
 * that names the rule, its impact, the element (selector and HTML) and axe's help page.
 */
final class AxeGate {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * What axe says of a page.
     *
     * @param violations what fails: the gate fails on any
     * @param toReview   what axe could not decide (e.g. text over an image): printed for a human, not a failure
     */
    record Outcome(List<GateFinding> violations, List<GateFinding> toReview) {
    }

    private final Browser browser;

    AxeGate(Browser browser) {
        this.browser = browser;
    }

    /**
     * Runs axe on the page already open in the browser, known on the site as {@code page}. Legacy mode (deprecated
     * by Deque, kept on purpose): axe runs in the page itself, as {@code axe.run}; the default mode opens and closes
     * an extra {@code about:blank} tab for each page, which is slower and takes the focus away from the tab the
     * keyboard checks use. The site has no frame, so nothing is lost.
     */
    @SuppressWarnings("deprecation")
    Outcome check(String page) {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations", "incomplete"));
        Results results = new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe failed on " + page + ": " + results.getErrorMessage(), results.getError());
        }
        return new Outcome(findings(page, results.getViolations()), findings(page, results.getIncomplete()));
    }

    private static List<GateFinding> findings(String page, List<Rule> rules) {
        List<GateFinding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                String summary = node.getFailureSummary() == null ? rule.getHelp()
                        : rule.getHelp() + " — " + node.getFailureSummary().replaceAll("\\s*\\n\\s*", " ");
                findings.add(new GateFinding(page, "axe", rule.getId() + " (" + impact + ")",
                        target(node.getTarget()) + "  " + GateFinding.excerpt(node.getHtml()), summary,
                        rule.getHelpUrl() == null ? "" : rule.getHelpUrl()));
            }
        }
        return List.copyOf(findings);
    }

    /** axe's target: a list of selectors, nested when the element is in a frame or a shadow root. */
    private static String target(Object target) {
        if (target instanceof List<?> list) {
            return list.stream().map(AxeGate::target).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }
}
