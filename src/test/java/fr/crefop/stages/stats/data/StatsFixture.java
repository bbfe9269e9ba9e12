package fr.crefop.stages.stats.data;

/** The statistics files of a small test site: the real indicators, two sources, the working group's figures. */
public final class StatsFixture {

    public static final String HOME = """
            -- content/index.md --
            ---
            title: Accueil
            description: Accueil du site d'essai.
            ---
            En Normandie, {{stat taux_placement territoire=28}} des élèves ont trouvé un stage ;
            dans l'Eure, {{stat taux_placement territoire=27}} ; dans l'Orne, {{stat taux_placement territoire=61}}.
            """;

    public static final String INDICATORS = """
            -- data/statistiques/indicateurs.csv --
            cle;libelle;unite;definition;plus_est_mieux;complement_de
            taux_placement;Taux de placement;%;Part des élèves qui ont trouvé une solution de stage;oui;taux_sans_solution
            taux_sans_solution;Élèves sans solution de stage;%;Part des élèves sans solution de stage;non;taux_placement
            eleves_concernes;Élèves concernés;élèves;Nombre d'élèves qui devaient faire le stage;;
            """;

    public static final String SOURCES = """
            -- data/statistiques/sources.csv --
            cle;titre;editeur;date;adresse;precision
            enquete;Enquête académique auprès des lycées;Région académique Normandie (DRAFPIC);2025-10-06;;
            presse;Article de presse;France 3 Normandie;2024;https://example.org/article;
            """;

    public static final String FIGURES = """
            -- data/statistiques/placements.csv --
            campagne;niveau;territoire;indicateur;valeur;unite;source
            2024;seconde;28;eleves_concernes;25685;élèves;presse
            2025;seconde;28;taux_placement;91,77;%;enquete
            2025;seconde;27;taux_sans_solution;15;%;enquete
            2025;seconde;50;taux_sans_solution;6,5;%;enquete
            """;

    public static final String GEO_FROM_REPOSITORY = "data/geo/departements-normandie.geojson";

    public static final String ALL = HOME + INDICATORS + SOURCES + FIGURES;

    private StatsFixture() {
    }
}
