package fr.crefop.stages.check;

import fr.crefop.stages.diag.Finding;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Each {@code <figure>} is announced as a figure with its name (RGAA 1.9.4): {@code role="figure"} (or
 * {@code group}) and an {@code aria-label} equal to its {@code <figcaption>}.
 */
public final class FigureCheck implements PageCheck {

    @Override
    public List<Finding> check(CheckedPage page) {
        List<Finding> findings = new ArrayList<>();
        for (Element figure : page.document().select("figure")) {
            Location location = page.locate(figure);
            String label = figure.attr("aria-label").strip();
            Element caption = figure.selectFirst("> figcaption");
            String captionText = caption == null ? "" : caption.text().strip();
            String role = figure.attr("role");
            if (label.isEmpty() || !(role.equals("figure") || role.equals("group"))) {
                findings.add(Finding.error(location.path(), location.line(), "figure-name",
                        page.about(location, "la figure « " + (captionText.isEmpty() ? figure.id() : captionText)
                                + " » n'a pas de nom (role=\"figure\" et aria-label reprenant sa légende)"),
                        "une figure porte role=\"figure\" et un aria-label identique à sa légende <figcaption>"));
            } else if (!captionText.isEmpty() && !spoken(label).equals(spoken(captionText))) {
                findings.add(Finding.error(location.path(), location.line(), "figure-name",
                        page.about(location, "le nom de la figure « " + label + " » diffère de sa légende « " + captionText + " »"),
                        "l'aria-label d'une figure reprend exactement le texte de sa légende <figcaption>"));
            }
        }
        return findings;
    }

    /**
     * The text as a screen reader says it: French typography puts no-break spaces before « ; : ! ? » in the caption
     * (text), not in the attribute; spaces of any kind do not change what is heard.
     */
    private static String spoken(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", "");
    }
}
