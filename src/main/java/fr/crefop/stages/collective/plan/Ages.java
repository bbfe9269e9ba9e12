package fr.crefop.stages.collective.plan;

/**
 * The pupils' ages a plan declares ({@code ages: [15, 16]}), or the assumption made for its level.
 *
 * @param youngest the youngest pupil's age
 * @param oldest   the oldest pupil's age
 * @param assumed  true when the plan did not declare them (seconde: 15 and 16 years old assumed)
 * @param line     the line of {@code ages:} (or of {@code niveau:} when assumed)
 */
public record Ages(int youngest, int oldest, boolean assumed, int line) {

    /** The ages assumed for a seconde class when a plan does not declare any: 15 and 16. */
    public static Ages secondeAssumption(int line) {
        return new Ages(15, 16, true, line);
    }

    public String shown() {
        String range = youngest == oldest ? youngest + " ans" : "de " + youngest + " à " + oldest + " ans";
        return assumed ? range + " (hypothèse pour une classe de seconde ; le plan peut préciser « ages »)" : range;
    }
}
