package fr.crefop.stages.stats.directives;

import fr.crefop.stages.content.Level;
import fr.crefop.stages.stats.data.Indicateur;
import fr.crefop.stages.stats.data.Measure;
import fr.crefop.stages.stats.data.Source;
import fr.crefop.stages.stats.data.StatsData;
import fr.crefop.stages.stats.data.Territoire;
import fr.crefop.stages.stats.figures.FigureProblem;
import fr.crefop.stages.stats.figures.Html;
import fr.crefop.stages.stats.figures.StatsFigures;
import fr.crefop.stages.stats.figures.StatsTables;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a directive against the data and turns it into HTML. A problem (unknown indicator, territory, argument)
 * comes back with a message and a hint; the HTML then says the figure is unavailable.
 */
public final class DirectiveRenderer {

    static final String NAMES = "{{stat …}}, {{stats-table …}}, {{stats-chart …}}, {{stats-map …}}, {{stats-history …}}, "
            + "{{stats-sources}}, {{stats-downloads}}";

    private static final Map<String, Set<String>> ARGUMENTS = Map.of(
            "stat", Set.of("indicateur", "territoire", "campagne", "niveau"),
            "stats-table", Set.of("indicateur", "territoire", "campagne", "niveau"),
            "stats-chart", Set.of("indicateur", "campagne", "niveau"),
            "stats-map", Set.of("indicateur", "campagne", "niveau"),
            "stats-history", Set.of("indicateur", "territoire", "niveau"),
            "stats-sources", Set.of(),
            "stats-downloads", Set.of());

    /** A problem found in a directive. */
    record Problem(String message, String hint) {
    }

    /** The HTML of a directive, and its problem if any. */
    record Result(String html, Optional<Problem> problem) {
        static Result ok(String html) {
            return new Result(html, Optional.empty());
        }

        static Result problem(String message, String hint) {
            return new Result("<span class=\"stat stat--erreur\">chiffre indisponible</span>", Optional.of(new Problem(message, hint)));
        }
    }

    private final StatsData data;
    private final StatsTables tables;
    private final StatsFigures figures;
    private final DownloadLinks downloads;

    public DirectiveRenderer(StatsData data, StatsFigures figures, DownloadLinks downloads) {
        this.data = data;
        this.tables = new StatsTables(data);
        this.figures = figures;
        this.downloads = downloads;
    }

    Result render(Directive directive, boolean inline, Function<String, String> url, String id) {
        Set<String> allowed = ARGUMENTS.get(directive.name());
        if (allowed == null || inline != directive.name().equals("stat")) {
            return Result.problem("directive inconnue ou mal placée « " + directive.written() + " »",
                    "{{stat …}} s'écrit dans une phrase ; les blocs {{stats-…}} s'écrivent seuls sur leur ligne. Directives : " + NAMES);
        }
        for (String key : directive.arguments().keySet()) {
            if (!allowed.contains(key)) {
                return Result.problem("argument inconnu « " + key + " » dans " + directive.written(),
                        allowed.isEmpty() ? "cette directive ne prend pas d'argument" : "arguments possibles : " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        try {
            return Result.ok(switch (directive.name()) {
                case "stat" -> inline(directive, url);
                case "stats-table" -> table(directive, url);
                case "stats-chart" -> figures.chart(indicator(directive), level(directive, indicator(directive)), campaign(directive), url, id);
                case "stats-map" -> figures.map(indicator(directive), level(directive, indicator(directive)), campaign(directive), url, id);
                case "stats-history" -> history(directive, url);
                case "stats-sources" -> sources();
                default -> downloads.render(url);
            });
        } catch (DirectiveProblem e) {
            return Result.problem(e.getMessage(), e.hint());
        } catch (FigureProblem e) {
            return Result.problem(e.getMessage(), e.hint());
        }
    }

    private String inline(Directive directive, Function<String, String> url) {
        Indicateur indicator = indicator(directive);
        Level level = level(directive, indicator);
        Territoire territory = directive.argument("territoire").map(this::territory).orElse(Territoire.NORMANDIE);
        Measure measure = data.measure(indicator, territory, campaign(directive).or(() -> data.latestCampaign(indicator, level)).orElse(""), level);
        StringBuilder html = new StringBuilder("<span class=\"stat\">").append(Html.escape(measure.shown().text()));
        if (measure.shown().derived()) {
            html.append(" (calculé)");
        }
        measure.source().ifPresent(s -> html.append(" <small class=\"stat__source\">(<a href=\"")
                .append(Html.escape(url.apply(StatsTables.STATISTICS) + "#" + s.anchor()))
                .append("\">source<span class=\"sr-only\"> : ").append(Html.escape(s.publisher())).append("</span></a>)</small>"));
        return html.append("</span>").toString();
    }

    private String table(Directive directive, Function<String, String> url) {
        Optional<String> territory = directive.argument("territoire");
        if (territory.isPresent() && directive.argument("indicateur").isEmpty() && directive.first().isEmpty()) {
            return tables.byIndicator(territory(territory.get()), url);
        }
        Indicateur indicator = indicator(directive);
        Level level = level(directive, indicator);
        return tables.byTerritory(indicator, level, campaign(directive).or(() -> data.latestCampaign(indicator, level)), url);
    }

    private String history(Directive directive, Function<String, String> url) {
        Indicateur indicator = indicator(directive);
        List<Territoire> territories = directive.argument("territoire").map(t -> List.of(Territoire.NORMANDIE, territory(t)))
                .map(l -> l.stream().distinct().toList()).orElse(List.of(Territoire.values()));
        return tables.history(indicator, level(directive, indicator), territories, url);
    }

    private String sources() {
        StringBuilder html = new StringBuilder("<ul class=\"stats-sources\">\n");
        for (Source source : data.usedSources()) {
            html.append("<li id=\"").append(source.anchor()).append("\">")
                    .append(source.url().isEmpty() ? "<strong>" + Html.escape(source.title()) + "</strong>" : Html.link(source.url(), source.title()))
                    .append(" — ").append(Html.escape(source.publisher()))
                    .append(", ").append(source.date().isEmpty() ? "date non communiquée" : Html.escape(source.date())).append('.');
            if (!source.detail().isEmpty()) {
                html.append(' ').append(Html.escape(source.detail()));
            }
            html.append("</li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    private Indicateur indicator(Directive directive) {
        String key = directive.argument("indicateur").orElse(directive.first());
        if (key.isEmpty()) {
            throw new DirectiveProblem("indicateur manquant dans " + directive.written(), "ajoutez indicateur=" + keys());
        }
        return data.indicator(key).orElseThrow(() -> new DirectiveProblem("statistique inconnue « " + key + " » dans " + directive.written(),
                "indicateurs déclarés dans data/statistiques/indicateurs.csv : " + keys()));
    }

    private Territoire territory(String code) {
        return Territoire.ofCode(code).orElseThrow(() -> new DirectiveProblem("territoire inconnu « " + code + " »",
                "codes de Normandie : " + Territoire.codes()));
    }

    private Level level(Directive directive, Indicateur indicator) {
        Optional<String> written = directive.argument("niveau");
        if (written.isPresent()) {
            return Level.parse(written.get()).orElseThrow(() -> new DirectiveProblem("niveau inconnu « " + written.get() + " »",
                    "niveaux possibles : " + Level.allowed()));
        }
        List<Level> levels = tables.levels(indicator);
        if (levels.size() > 1) {
            throw new DirectiveProblem("l'indicateur « " + indicator.key() + " » a des chiffres pour plusieurs niveaux",
                    "précisez niveau=" + String.join(" ou niveau=", levels.stream().map(Level::key).toList()));
        }
        return levels.get(0);
    }

    private Optional<String> campaign(Directive directive) {
        return directive.argument("campagne");
    }

    private String keys() {
        return String.join(", ", data.indicators().stream().map(Indicateur::key).toList());
    }
}
