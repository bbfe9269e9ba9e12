package fr.crefop.stages.check;

import fr.crefop.stages.diag.Finding;

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
        for (PageElement figure : page.outline().named("figure")) {
            Location location = figure.location();
            String label = figure.attr("aria-label").strip();
            String captionText = page.outline().children(figure, "figcaption").stream().findFirst()
                    .map(c -> c.text().strip()).orElse("");
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
        StringBuilder heard = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u202f') {
                heard.append(c);
            }
        }
        return heard.toString();
    }
}
