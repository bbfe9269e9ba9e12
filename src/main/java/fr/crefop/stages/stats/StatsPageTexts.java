package fr.crefop.stages.stats;

import fr.crefop.stages.stats.data.Indicateur;
import fr.crefop.stages.stats.data.StatsData;
import fr.crefop.stages.stats.data.Territoire;

import java.util.List;

/** The Markdown of the generated statistics pages: prose around directives, never a copied figure. */
final class StatsPageTexts {

    private static final String METHOD = """
            ## Méthode

            Les chiffres viennent des sources listées en bas de page ; chaque ligne des tableaux dit si le chiffre est \
            rapporté par une source ou calculé par le site. Quand un taux n'est pas publié mais que son complément l'est \
            (par exemple la part d'élèves sans solution), le site calcule 100 % moins ce complément et l'indique « calculé ». \
            L'écart à la Normandie est la différence, en points, entre le chiffre du département et celui de la région, pour \
            la même campagne. Un chiffre absent est noté « non communiqué » : il n'a pas été publié, il ne vaut pas zéro.
            """;

    private StatsPageTexts() {
    }

    static String departement(StatsData data, Territoire departement) {
        StringBuilder text = new StringBuilder();
        text.append("Cette page rassemble les chiffres connus sur les stages ").append(departement.dans())
                .append(", à côté de ceux de la Normandie. Les autres départements et la vue régionale sont sur ")
                .append("[la page des statistiques](index.md).\n\n");
        text.append("## Les indicateurs ").append(departement.dans()).append("\n\n");
        text.append("{{stats-table territoire=").append(departement.code()).append("}}\n\n");
        List<Indicateur> known = known(data);
        if (!known.isEmpty()) {
            text.append("## Comparaison avec les autres départements\n\n");
            for (Indicateur indicator : known) {
                charts(data, indicator, text);
            }
        }
        text.append(METHOD).append('\n');
        text.append("## Sources\n\n{{stats-sources}}\n");
        return text.toString();
    }

    static String overview(StatsData data) {
        StringBuilder text = new StringBuilder("Les chiffres connus sur les stages en Normandie et dans ses cinq départements.\n\n");
        for (Indicateur indicator : known(data)) {
            text.append("## ").append(indicator.label()).append("\n\n").append(indicator.definition()).append(".\n\n");
            charts(data, indicator, text);
        }
        text.append("## Par département\n\n");
        for (Territoire departement : Territoire.departements()) {
            text.append("- [").append(departement.nom()).append("](").append(departement.slug()).append(".md)\n");
        }
        text.append('\n').append(METHOD).append("\n## Télécharger les données\n\n{{stats-downloads}}\n\n## Sources\n\n{{stats-sources}}\n");
        return text.toString();
    }

    /** One chart per level that has figures, the level named explicitly. */
    private static void charts(StatsData data, Indicateur indicator, StringBuilder text) {
        for (var level : data.levels(indicator)) {
            if (data.latestCampaign(indicator, level).isPresent()) {
                text.append("{{stats-chart indicateur=").append(indicator.key()).append(" niveau=").append(level.key()).append("}}\n\n");
            }
        }
    }

    /** Indicators with at least one known figure, in declaration order. */
    private static List<Indicateur> known(StatsData data) {
        return data.indicators().stream().filter(i -> !data.levels(i).isEmpty()
                && data.levels(i).stream().anyMatch(l -> data.latestCampaign(i, l).isPresent())).toList();
    }
}
