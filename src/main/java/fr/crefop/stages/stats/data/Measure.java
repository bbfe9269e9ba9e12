package fr.crefop.stages.stats.data;

import fr.crefop.stages.content.Level;

import java.util.Optional;

/**
 * A figure as the site shows it: reported, derived from another figure, or not communicated.
 *
 * @param indicator what
 * @param territory where
 * @param campaign  which campaign
 * @param level     which internship
 * @param shown     the value and its French text
 * @param basis     the reported figure it is (or is derived from), if any
 */
public record Measure(Indicateur indicator, Territoire territory, String campaign, Level level, ShownValue shown,
                      Optional<Figure> basis) {

    public Optional<Source> source() {
        return basis.map(Figure::source);
    }

    /** « rapporté », « calculé » or « non communiqué ». */
    public String status() {
        if (!shown.known()) {
            return ShownValue.NOT_COMMUNICATED;
        }
        return shown.derived() ? "calculé" : "rapporté";
    }
}
