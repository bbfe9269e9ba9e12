package fr.crefop.stages.stats.data;

import java.util.Optional;

/**
 * A declared indicator ({@code data/statistiques/indicateurs.csv}).
 *
 * @param key           e.g. {@code taux_placement}
 * @param label         « Taux de placement »
 * @param unit          « % » for a share (0–100), or a count unit such as « élèves »
 * @param definition    one sentence saying what is counted
 * @param higherIsBetter empty when neither
 * @param complementOf  the indicator that adds up with this one to 100 %, from which the site may derive it
 */
public record Indicateur(String key, String label, String unit, String definition, Optional<Boolean> higherIsBetter,
                         Optional<String> complementOf) {

    public boolean isRate() {
        return unit.equals("%");
    }

    /** « le taux de placement » in a sentence. */
    public String lowerLabel() {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
