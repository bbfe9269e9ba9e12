package fr.crefop.stages.stats.figures;

import fr.crefop.stages.html.TableMarkup;
import fr.crefop.stages.content.Level;
import fr.crefop.stages.stats.data.FrenchNumbers;
import fr.crefop.stages.stats.data.Indicateur;
import fr.crefop.stages.stats.data.Measure;
import fr.crefop.stages.stats.data.StatsData;
import fr.crefop.stages.stats.data.Territoire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The data tables: one indicator across territories, one territory across indicators, one indicator over time. */
public final class StatsTables {

    public static final String STATISTICS = "/statistiques/";

    private final StatsData data;

    public StatsTables(StatsData data) {
        this.data = data;
    }

    static String territoryPage(Territoire territory) {
        return territory.isDepartement() ? STATISTICS + territory.slug() + "/" : STATISTICS;
    }

    static String caption(Indicateur indicator, Level level, Optional<String> campaign) {
        return indicator.label() + ", " + level.label().toLowerCase(java.util.Locale.FRANCE)
                + campaign.map(c -> ", campagne " + c).orElse(" : aucun chiffre publié");
    }

    /** One row per territory (Normandie first), for one indicator and campaign. */
    public String byTerritory(Indicateur indicator, Level level, Optional<String> campaign, Function<String, String> url) {
        String caption = caption(indicator, level, campaign);
        StringBuilder html = new StringBuilder(TableMarkup.open(caption)).append("<table class=\"stats-table\">\n<caption>")
                .append(Html.escape(caption)).append("</caption>\n")
                .append("<thead><tr><th scope=\"col\">Territoire</th><th scope=\"col\">Valeur</th>"
                        + "<th scope=\"col\">Statut</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
        for (Territoire territory : Territoire.values()) {
            Measure measure = campaign.map(c -> data.measure(indicator, territory, c, level))
                    .orElseGet(() -> data.measure(indicator, territory, "", level));
            html.append("<tr><th scope=\"row\">").append(Html.link(url.apply(territoryPage(territory)), territory.nom()))
                    .append("</th><td>").append(Html.escape(measure.shown().text()))
                    .append("</td><td>").append(Html.escape(status(measure)))
                    .append("</td><td>").append(source(measure, url)).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>").append(TableMarkup.CLOSE).append('\n').toString();
    }

    /** One row per indicator for a département, with the regional figure and the gap to it. */
    public String byIndicator(Territoire territory, Function<String, String> url) {
        String caption = "Indicateurs " + territory.dans() + ", dernière campagne connue de chaque indicateur";
        StringBuilder html = new StringBuilder(TableMarkup.open(caption)).append("<table class=\"stats-table\">\n<caption>")
                .append(Html.escape(caption)).append("</caption>\n")
                .append("<thead><tr><th scope=\"col\">Indicateur</th><th scope=\"col\">Campagne</th><th scope=\"col\">")
                .append(Html.escape(territory.nom())).append("</th><th scope=\"col\">Normandie</th>")
                .append("<th scope=\"col\">Écart à la Normandie</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
        for (Indicateur indicator : data.indicators()) {
            for (Level level : levels(indicator)) {
                Optional<String> campaign = data.latestCampaign(indicator, level);
                Measure local = data.measure(indicator, territory, campaign.orElse(""), level);
                Measure regional = data.measure(indicator, Territoire.NORMANDIE, campaign.orElse(""), level);
                html.append("<tr><th scope=\"row\">").append(Html.escape(indicator.label()))
                        .append(levels(indicator).size() > 1 ? " (" + Html.escape(level.key()) + ")" : "")
                        .append("</th><td>").append(Html.escape(campaign.orElse("—")))
                        .append("</td><td>").append(Html.escape(withMark(local)))
                        .append("</td><td>").append(Html.escape(withMark(regional)))
                        .append("</td><td>").append(Html.escape(gap(local, regional)))
                        .append("</td><td>").append(source(local, url)).append("</td></tr>\n");
            }
        }
        return html.append("</tbody>\n</table>").append(TableMarkup.CLOSE).append('\n').toString();
    }

    /** One row per campaign, one column per territory. */
    public String history(Indicateur indicator, Level level, List<Territoire> territories, Function<String, String> url) {
        List<String> campaigns = data.campaigns(indicator, level);
        String caption = indicator.label() + ", " + level.label().toLowerCase(java.util.Locale.FRANCE) + ", par campagne";
        StringBuilder html = new StringBuilder(TableMarkup.open(caption)).append("<table class=\"stats-table\">\n<caption>")
                .append(Html.escape(caption)).append("</caption>\n<thead><tr><th scope=\"col\">Campagne</th>");
        territories.forEach(t -> html.append("<th scope=\"col\">").append(Html.escape(t.nom())).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        if (campaigns.isEmpty()) {
            html.append("<tr><td colspan=\"").append(territories.size() + 1).append("\">Aucun chiffre publié.</td></tr>\n");
        }
        for (String campaign : campaigns) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(campaign)).append("</th>");
            for (Territoire territory : territories) {
                html.append("<td>").append(Html.escape(withMark(data.measure(indicator, territory, campaign, level)))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>").append(TableMarkup.CLOSE).append('\n').toString();
    }

    public List<Level> levels(Indicateur indicator) {
        List<Level> levels = data.levels(indicator);
        return levels.isEmpty() ? List.of(Level.SECONDE) : levels;
    }

    static String withMark(Measure measure) {
        return measure.shown().derived() ? measure.shown().text() + " (calculé)" : measure.shown().text();
    }

    static String status(Measure measure) {
        return measure.shown().derived() ? "calculé : " + measure.shown().note().replaceFirst("^calculé par le site : ", "") : measure.status();
    }

    private static String gap(Measure local, Measure regional) {
        if (!local.shown().known() || !regional.shown().known()) {
            return "—";
        }
        BigDecimal difference = BigDecimal.valueOf(local.shown().value().getAsDouble())
                .subtract(BigDecimal.valueOf(regional.shown().value().getAsDouble())).stripTrailingZeros();
        return FrenchNumbers.difference(difference, local.indicator().unit());
    }

    static String source(Measure measure, Function<String, String> url) {
        return measure.source()
                .map(s -> Html.link(url.apply(STATISTICS) + "#" + s.anchor(), s.publisher()))
                .orElse("—");
    }
}
