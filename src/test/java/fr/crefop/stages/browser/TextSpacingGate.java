package fr.crefop.stages.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * WCAG 1.4.12 / RGAA 10.12 (text spacing): with the criterion's spacing applied (line-height 1.5, paragraph
 * spacing 2em, letter-spacing 0.12em, word-spacing 0.16em, injected as CSS like the W3C bookmarklet), no text is
 * cut: no element with text hides an overflowing content, no text of a chart or map leaves its SVG, and no two
 * texts of one SVG overlap.
 */
final class TextSpacingGate {

    static final int WIDTH = 1280;
    static final int HEIGHT = 800;
    private static final String HELP = "https://www.w3.org/WAI/WCAG21/Understanding/text-spacing.html";

    private final Browser browser;
    private final String script = GateScript.load("spacing.js");

    TextSpacingGate(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page at the current viewport, applies the spacing and checks it. */
    List<GateFinding> check(String page, URI address) {
        browser.open(address);
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) browser.script(script);
        List<GateFinding> findings = new ArrayList<>();
        for (String element : strings(seen, "clipped")) {
            findings.add(new GateFinding(page, "spacing", "texte coupé avec l'espacement agrandi", element,
                    "avec l'espacement du critère 10.12, le texte ne tient plus dans sa boîte, qui masque ce qui dépasse :"
                            + " laissez la hauteur et la largeur suivre le texte (pas de height fixe avec overflow: hidden)", HELP));
        }
        for (String element : strings(seen, "outside")) {
            findings.add(new GateFinding(page, "spacing", "texte de graphique coupé avec l'espacement agrandi", element,
                    "le texte sort du dessin SVG, qui le coupe : laissez de la place dans le dessin pour un texte"
                            + " plus espacé, ou placez ce texte en HTML sous la figure", HELP));
        }
        for (String element : strings(seen, "overlapping")) {
            findings.add(new GateFinding(page, "spacing", "textes de graphique superposés avec l'espacement agrandi", element,
                    "deux textes du dessin SVG se chevauchent une fois espacés : écartez-les", HELP));
        }
        return findings;
    }

    private static List<String> strings(Map<String, Object> seen, String key) {
        return ((List<?>) seen.get(key)).stream().map(String::valueOf).toList();
    }
}
