package fr.crefop.stages.content;

import java.util.Arrays;
import java.util.Optional;

/** Which school internship a page is about (front matter key {@code level}). */
public enum Level {
    TROISIEME("3e", "Stage de 3e"),
    SECONDE("seconde", "Stage de seconde"),
    PFMP("PFMP", "PFMP (lycée professionnel)");

    private final String key;
    private final String label;

    Level(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Level> parse(String value) {
        String wanted = Slugs.slug(value);
        return Arrays.stream(values()).filter(l -> Slugs.slug(l.key).equals(wanted)).findFirst();
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(Level::key).toList());
    }
}
