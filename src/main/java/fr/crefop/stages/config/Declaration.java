package fr.crefop.stages.config;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The settings of the accessibility declaration, from {@code site.yaml}; each may be missing ({@code ""}), in
 * which case the pages say « à confirmer » or « à publier ».
 *
 * @param contact the way to reach the site's publisher, required by law: an e-mail address, the address of a
 *                contact form ({@code https://…}) or a postal address
 * @param date    the day the declaration was drawn up ({@code accessibilityDate: 2026-12-01})
 * @param schema  the address of the schéma pluriannuel (a site address {@code /…} or {@code https://…})
 * @param plan    the address of the current year's plan d'action
 */
public record Declaration(String contact, Optional<LocalDate> date, String schema, String plan) {

    public static Declaration none() {
        return new Declaration("", Optional.empty(), "", "");
    }

    /** What kind of contact {@link #contact()} is. */
    public enum ContactKind { MISSING, EMAIL, FORM, POSTAL }

    public ContactKind contactKind() {
        if (contact.isBlank()) {
            return ContactKind.MISSING;
        }
        if (contact.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+")) {
            return ContactKind.EMAIL;
        }
        return contact.startsWith("https://") || contact.startsWith("http://") ? ContactKind.FORM : ContactKind.POSTAL;
    }
}
