package fr.crefop.stages.stats.data;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Normandie (region code 28) and its five départements, in the order pages show them. */
public enum Territoire {
    NORMANDIE("28", "Normandie", "normandie"),
    CALVADOS("14", "Calvados", "calvados"),
    EURE("27", "Eure", "eure"),
    MANCHE("50", "Manche", "manche"),
    ORNE("61", "Orne", "orne"),
    SEINE_MARITIME("76", "Seine-Maritime", "seine-maritime");

    private final String code;
    private final String nom;
    private final String slug;

    Territoire(String code, String nom, String slug) {
        this.code = code;
        this.nom = nom;
        this.slug = slug;
    }

    public String code() {
        return code;
    }

    public String nom() {
        return nom;
    }

    /** The last part of the département's page address: {@code /statistiques/eure/}. */
    public String slug() {
        return slug;
    }

    public boolean isDepartement() {
        return this != NORMANDIE;
    }

    /** « dans l'Eure », « dans le Calvados », « en Normandie »… for sentences. */
    public String dans() {
        return switch (this) {
            case NORMANDIE -> "en Normandie";
            case CALVADOS -> "dans le Calvados";
            case EURE -> "dans l'Eure";
            case MANCHE -> "dans la Manche";
            case ORNE -> "dans l'Orne";
            case SEINE_MARITIME -> "en Seine-Maritime";
        };
    }

    public static List<Territoire> departements() {
        return Arrays.stream(values()).filter(Territoire::isDepartement).toList();
    }

    public static Optional<Territoire> ofCode(String code) {
        String wanted = code.strip();
        for (Territoire territoire : values()) {
            if (territoire.code.equals(wanted)) {
                return Optional.of(territoire);
            }
        }
        return Optional.empty();
    }

    /** The département codes with their names, for hints: « 14 (Calvados), 27 (Eure), … ». */
    public static String departementCodes() {
        return String.join(", ", departements().stream().map(t -> t.code + " (" + t.nom + ")").toList());
    }

    /** A département of Normandie by its code (the region's code 28 is not one). */
    public static Optional<Territoire> departement(String code) {
        return ofCode(code).filter(Territoire::isDepartement);
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(t -> t.code + " (" + t.nom + ")").toList());
    }
}
