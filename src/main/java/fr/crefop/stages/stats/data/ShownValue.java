package fr.crefop.stages.stats.data;

import java.util.OptionalDouble;

/**
 * One figure as pages show it.
 *
 * @param territoire where it was measured
 * @param value      the number, or empty when it is not known (« non communiqué »)
 * @param text       the number formatted in French with its unit (« 91,77 % », « 1 250 élèves »), or « non communiqué »
 * @param derived    true when the site computed it from another figure (never a reported figure)
 * @param note       for a derived figure, how it was computed (« calculé à partir du taux sans solution (15 %) »);
 *                   otherwise empty
 */
public record ShownValue(Territoire territoire, OptionalDouble value, String text, boolean derived, String note) {

    public static final String NOT_COMMUNICATED = "non communiqué";

    public boolean known() {
        return value.isPresent();
    }
}
