package fr.crefop.stages.collective.plan;

import java.util.Arrays;
import java.util.Optional;

/** The five départements of Normandie (facts.md §5), by INSEE code. */
public enum Departement {
    CALVADOS("14", "Calvados", "dans le Calvados"),
    EURE("27", "Eure", "dans l'Eure"),
    MANCHE("50", "Manche", "dans la Manche"),
    ORNE("61", "Orne", "dans l'Orne"),
    SEINE_MARITIME("76", "Seine-Maritime", "en Seine-Maritime");

    private final String code;
    private final String nom;
    private final String dans;

    Departement(String code, String nom, String dans) {
        this.code = code;
        this.nom = nom;
        this.dans = dans;
    }

    public String code() {
        return code;
    }

    public String nom() {
        return nom;
    }

    /** « dans l'Eure », « en Seine-Maritime ». */
    public String dans() {
        return dans;
    }

    public static Optional<Departement> byCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code.strip())).findFirst();
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(d -> d.code + " (" + d.nom + ")").toList());
    }
}
