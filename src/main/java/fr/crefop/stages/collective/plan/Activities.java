package fr.crefop.stages.collective.plan;

import fr.crefop.stages.content.Slugs;

import java.util.Map;
import java.util.TreeMap;

/**
 * The activity types a half-day may have: observation, not work (art. D.331-9 Code de l'éducation). Keys as written
 * in a plan, values as shown on its page.
 */
public final class Activities {

    public static final Map<String, String> TYPES = new TreeMap<>(Map.of(
            "accueil", "Accueil",
            "visite", "Visite",
            "observation", "Observation",
            "atelier", "Atelier animé par un adulte",
            "projet", "Projet de groupe",
            "bilan", "Bilan"));

    private Activities() {
    }

    public static boolean allowed(String type) {
        return TYPES.containsKey(Slugs.slug(type));
    }

    /** The page label of an activity type, or the type as written. */
    public static String label(String type) {
        return TYPES.getOrDefault(Slugs.slug(type), type);
    }
}
