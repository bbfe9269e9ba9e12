package fr.crefop.stages.collective.plan;

import java.util.Optional;

/**
 * One half-day of a plan.
 *
 * @param morning     {@code matin} (true) or {@code apres_midi}
 * @param lieu        where the group is
 * @param structure   the id of the host structure, if the half-day takes place at one
 * @param activite    the activity type (accueil, visite, observation, atelier, projet, bilan)
 * @param description what pupils do
 * @param adulte      the adult in charge
 * @param horaires    the hours, as written (empty: the plan's default hours)
 * @param line        the line of the {@code matin:} / {@code apres_midi:} key
 */
public record HalfDay(boolean morning, Field lieu, Optional<Field> structure, Field activite, Field description,
                      Field adulte, Field horaires, int line) {

    public String label() {
        return morning ? "matin" : "après-midi";
    }
}
