package fr.crefop.stages.content;

import java.util.Arrays;
import java.util.Optional;

/** Who a page is written for (front matter key {@code audience}). */
public enum Audience {
    ENTREPRISES("entreprises", "Entreprises"),
    ETABLISSEMENTS("établissements", "Établissements scolaires"),
    ELEVES("élèves", "Élèves"),
    FAMILLES("familles", "Familles");

    private final String key;
    private final String label;

    Audience(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Accepts the key with or without accents, in any case. */
    public static Optional<Audience> parse(String value) {
        String wanted = Slugs.slug(value);
        return Arrays.stream(values()).filter(a -> Slugs.slug(a.key).equals(wanted)).findFirst();
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(Audience::key).toList());
    }
}
