package fr.crefop.stages.stats.figures;

import fr.crefop.stages.content.Level;
import fr.crefop.stages.stats.data.Indicateur;
import fr.crefop.stages.stats.data.Measure;
import fr.crefop.stages.stats.data.Source;
import fr.crefop.stages.stats.data.StatsData;
import fr.crefop.stages.stats.data.Territoire;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** A chart or a map, with its caption, its source line and its data table, as an HTML {@code <figure>}. */
public final class StatsFigures {

    static final String MAP_CREDIT = "Contours : IGN Admin Express COG 2018, Licence Ouverte";

    private final StatsData data;
    private final StatsTables tables;
    private final Supplier<DepartementMapSvg> maps;

    public StatsFigures(StatsData data, Supplier<DepartementMapSvg> maps) {
        this.data = data;
        this.tables = new StatsTables(data);
        this.maps = maps;
    }

    public String chart(Indicateur indicator, Level level, Optional<String> campaign, Function<String, String> url, String id) {
        Optional<String> shown = campaign.or(() -> data.latestCampaign(indicator, level));
        List<Measure> measures = measures(indicator, level, shown, List.of(Territoire.values()));
        double max = indicator.isRate() ? 100 : measures.stream().filter(m -> m.shown().known())
                .mapToDouble(m -> m.shown().value().getAsDouble()).max().orElse(1);
        String title = StatsTables.caption(indicator, level, shown);
        String svg = BarChartSvg.render(new BarChart(id, title, indicator.unit(), max, measures.stream().map(Measure::shown).toList()));
        return figure("stats-figure stats-figure--chart", title, svg, footnotes(measures), sources(measures, url, false),
                tables.byTerritory(indicator, level, shown, url), "Voir les données du graphique");
    }

    public String map(Indicateur indicator, Level level, Optional<String> campaign, Function<String, String> url, String id) {
        Optional<String> shown = campaign.or(() -> data.latestCampaign(indicator, level));
        List<Measure> measures = measures(indicator, level, shown, Territoire.departements());
        String title = StatsTables.caption(indicator, level, shown).replaceFirst(",", " par département,");
        DepartementMapSvg renderer;
        try {
            renderer = maps.get();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new FigureProblem("carte impossible : " + e.getMessage(),
                    "les contours des départements doivent être dans data/" + DepartementOutlines.FILE);
        }
        String svg = renderer.render(new ChoroplethMap(id, title, indicator.unit(), indicator.higherIsBetter().orElse(true),
                measures.stream().map(Measure::shown).toList()));
        return figure("stats-figure stats-figure--map", title, svg, "", sources(measures, url, true),
                tables.byTerritory(indicator, level, shown, url), "Voir les données de la carte");
    }

    private List<Measure> measures(Indicateur indicator, Level level, Optional<String> campaign, List<Territoire> territories) {
        return territories.stream().map(t -> data.measure(indicator, t, campaign.orElse(""), level)).toList();
    }

    /** The chart's notes on computed values, in HTML under it so that spaced text reflows instead of being cut. */
    private static String footnotes(List<Measure> measures) {
        List<String> lines = BarChartSvg.footnotes(measures.stream().map(Measure::shown).toList());
        return lines.isEmpty() ? "" : "<p class=\"stats-figure__notes\">" + String.join("<br>", lines.stream().map(Html::escape).toList())
                + "</p>\n";
    }

    /** role="figure" and an aria-label equal to the caption: the figure is announced with its name (RGAA 1.9.4). */
    private static String figure(String classes, String title, String svg, String notes, String sourceLine, String table, String summary) {
        return "<figure class=\"" + classes + "\" role=\"figure\" aria-label=\"" + Html.escape(title) + "\">\n<figcaption>" + Html.escape(title) + "</figcaption>\n"
                + "<div class=\"stats-figure__graphic\" role=\"region\" tabindex=\"0\" aria-label=\"" + Html.escape(title)
                + " (la figure défile horizontalement sur un petit écran)\">" + svg + "</div>\n"
                + notes + "<p class=\"stats-figure__source\">" + sourceLine + "</p>\n"
                + "<details class=\"stats-figure__data\"><summary>" + summary + "</summary>\n" + table + "</details>\n</figure>\n";
    }

    private static String sources(List<Measure> measures, Function<String, String> url, boolean map) {
        List<Source> used = measures.stream().flatMap(m -> m.source().stream()).distinct().toList();
        StringBuilder line = new StringBuilder(used.isEmpty() ? "Aucune source : chiffres non communiqués." : "Source" + (used.size() > 1 ? "s" : "") + " : ");
        for (int i = 0; i < used.size(); i++) {
            line.append(i > 0 ? " ; " : "").append(Html.link(url.apply(StatsTables.STATISTICS) + "#" + used.get(i).anchor(), used.get(i).publisher()));
        }
        if (!used.isEmpty()) {
            line.append('.');
        }
        if (measures.stream().anyMatch(m -> m.shown().derived())) {
            line.append(" * Valeurs calculées par le site à partir des chiffres publiés.");
        }
        if (map) {
            line.append(' ').append(Html.escape(MAP_CREDIT)).append('.');
        }
        return line.toString();
    }
}
