package fr.crefop.stages.collective.plan;

import fr.crefop.stages.content.Slugs;

/**
 * A text value of a plan with the file line it was read from. A value may be absent (the key is missing or empty),
 * explicitly unknown (« à confirmer », « non communiqué »), or known.
 *
 * @param value the text, stripped; empty when absent
 * @param line  the 1-based line of the key (or of the enclosing entry when the key is missing)
 */
public record Field(String value, int line) {

    public static final String TO_CONFIRM = "à confirmer";

    public Field {
        value = value == null ? "" : value.strip();
    }

    public static Field absent(int line) {
        return new Field("", line);
    }

    public boolean present() {
        return !value.isEmpty();
    }

    /** « à confirmer » or « non communiqué », in any case, with or without accents. */
    public boolean toConfirm() {
        String slug = Slugs.slug(value);
        return slug.equals("a-confirmer") || slug.equals("non-communique");
    }

    public boolean known() {
        return present() && !toConfirm();
    }

    /** The value, or « à confirmer » when absent. */
    public String shown() {
        return present() ? value : TO_CONFIRM;
    }
}
