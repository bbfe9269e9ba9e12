package fr.crefop.stages.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * WCAG 1.4.10 (reflow) and 1.4.4 (readable text) at 320 CSS px: the page must not scroll sideways (neither the
 * document nor the body is wider than the viewport, no element sticks out unless it sits in a container that
 * scrolls by itself, like a wide table), and its text keeps at least 16 px (the design's minimum on phones;
 * superscripts such as footnote calls excepted). Text inside charts and maps (SVG) is measured as rendered once
 * the figure is scaled down to the screen: under 12 px it is listed for review, not failed, as WCAG 1.4.10 exempts
 * content that needs a two-dimensional layout (charts, maps) and each figure of the site has its data in a table.
 */
final class ReflowGate {

    static final int WIDTH = 320;
    static final int HEIGHT = 640;
    static final double MIN_TEXT_PX = 16;
    static final double MIN_CHART_TEXT_PX = 12;

    /**
     * What the check found at 320 px.
     *
     * @param findings failures: sideways scrolling, an element out of the screen, text under 16 px
     * @param toReview chart or map text under 12 px once scaled down: printed for a person to judge
     */
    record Outcome(List<GateFinding> findings, List<GateFinding> toReview) {
    }

    private final Browser browser;
    private final String script = GateScript.load("reflow.js");

    ReflowGate(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page at 320 px and checks it; the viewport is left at 320 px. */
    Outcome check(String page, URI address) {
        browser.viewport(WIDTH, HEIGHT);
        browser.open(address);
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) browser.script(script, MIN_TEXT_PX, MIN_CHART_TEXT_PX);
        List<GateFinding> findings = new ArrayList<>();
        long viewport = number(seen, "clientWidth");
        long document = number(seen, "scrollWidth");
        long body = number(seen, "bodyScrollWidth");
        if (document > viewport || body > viewport) {
            findings.add(new GateFinding(page, "reflow", "défilement horizontal à " + WIDTH + " px",
                    "html (" + document + " px), body (" + body + " px)",
                    "la page est plus large que l'écran (" + viewport + " px) : il faut la faire défiler de côté",
                    "https://www.w3.org/WAI/WCAG21/Understanding/reflow.html"));
        }
        for (String element : strings(seen, "sticking")) {
            findings.add(new GateFinding(page, "reflow", "élément hors de l'écran à " + WIDTH + " px", element,
                    "l'élément dépasse la largeur de l'écran : faites-le passer à la ligne, ou placez-le dans un"
                            + " conteneur qui défile lui-même (comme les tableaux)",
                    "https://www.w3.org/WAI/WCAG21/Understanding/reflow.html"));
        }
        for (String element : strings(seen, "smallText")) {
            findings.add(new GateFinding(page, "reflow", "texte trop petit à " + WIDTH + " px", element,
                    "le texte doit garder au moins " + (int) MIN_TEXT_PX + " px sur un téléphone",
                    "https://www.w3.org/WAI/WCAG21/Understanding/resize-text.html"));
        }
        List<GateFinding> toReview = new ArrayList<>();
        for (Object item : (List<?>) seen.get("chartText")) {
            Map<?, ?> chart = (Map<?, ?>) item;
            toReview.add(new GateFinding(page, "reflow", "texte de graphique petit à " + WIDTH + " px",
                    chart.get("element") + "  (dans " + chart.get("chart") + ")",
                    "une fois la figure réduite à la largeur de l'écran, " + number(chart, "small") + " de ses "
                            + number(chart, "texts") + " textes mesurent moins de " + (int) MIN_CHART_TEXT_PX
                            + " px ; le plus petit, ci-dessus, " + chart.get("size") + " px",
                    "https://www.w3.org/WAI/WCAG21/Understanding/reflow.html"));
        }
        return new Outcome(List.copyOf(findings), List.copyOf(toReview));
    }

    private static long number(Map<?, ?> seen, String key) {
        return Math.round(((Number) seen.get(key)).doubleValue());
    }

    private static List<String> strings(Map<String, Object> seen, String key) {
        return ((List<?>) seen.get(key)).stream().map(String::valueOf).toList();
    }
}
