package fr.crefop.stages.stats.data;

import fr.crefop.stages.content.Level;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Every indicator, source and reported figure, and the rules to show them: a missing figure is « non communiqué »,
 * never zero; a rate may be derived from its complement (100 − the other), and says so.
 */
public final class StatsData {

    private final List<Indicateur> indicators;
    private final List<Source> sources;
    private final List<Figure> figures;
    private final Map<String, Figure> byKey = new HashMap<>();
    private final Map<String, TreeSet<Level>> levelsByIndicator = new HashMap<>();
    private final Map<String, TreeSet<String>> campaignsByIndicatorLevel = new HashMap<>();
    private final Set<Source> usedSources = new HashSet<>();

    public StatsData(List<Indicateur> indicators, List<Source> sources, List<Figure> figures) {
        this.indicators = List.copyOf(indicators);
        this.sources = List.copyOf(sources);
        this.figures = figures.stream().sorted(Comparator.comparing(Figure::file).thenComparingInt(Figure::line)).toList();
        for (Figure figure : this.figures) {
            usedSources.add(figure.source());
            String indicator = figure.indicator().key();
            levelsByIndicator.computeIfAbsent(indicator, k -> new TreeSet<>()).add(figure.level());
            if (figure.sector().isEmpty()) {
                byKey.putIfAbsent(key(indicator, figure.territory(), figure.campaign(), figure.level()), figure);
                if (figure.value().isPresent()) {
                    campaignsByIndicatorLevel.computeIfAbsent(indicator + "|" + figure.level(), k -> new TreeSet<>()).add(figure.campaign());
                }
            }
        }
    }

    private static String key(String indicator, Territoire territory, String campaign, Level level) {
        return indicator + "|" + territory + "|" + campaign + "|" + level;
    }

    public List<Indicateur> indicators() {
        return indicators;
    }

    public List<Source> sources() {
        return sources;
    }

    /** Reported figures, in file and line order. */
    public List<Figure> figures() {
        return figures;
    }

    public Optional<Indicateur> indicator(String key) {
        return indicators.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** Sources that at least one figure uses, in declaration order. */
    public List<Source> usedSources() {
        return sources.stream().filter(usedSources::contains).toList();
    }

    /** The levels for which an indicator (or its complement) has rows. */
    public List<Level> levels(Indicateur indicator) {
        TreeSet<Level> levels = new TreeSet<>(levelsByIndicator.getOrDefault(indicator.key(), new TreeSet<>()));
        indicator.complementOf().ifPresent(c -> levels.addAll(levelsByIndicator.getOrDefault(c, new TreeSet<>())));
        return List.copyOf(levels);
    }

    /** Campaigns with a known value of the indicator (or its complement) at that level, oldest first. */
    public List<String> campaigns(Indicateur indicator, Level level) {
        TreeSet<String> campaigns = new TreeSet<>(campaignsByIndicatorLevel.getOrDefault(indicator.key() + "|" + level, new TreeSet<>()));
        indicator.complementOf().ifPresent(c -> campaigns.addAll(campaignsByIndicatorLevel.getOrDefault(c + "|" + level, new TreeSet<>())));
        return List.copyOf(campaigns);
    }

    /** The latest campaign with a known value, if any. */
    public Optional<String> latestCampaign(Indicateur indicator, Level level) {
        List<String> campaigns = campaigns(indicator, level);
        return campaigns.isEmpty() ? Optional.empty() : Optional.of(campaigns.get(campaigns.size() - 1));
    }

    /** The figure for all sectors: reported, else derived from its complement, else « non communiqué ». */
    public Measure measure(Indicateur indicator, Territoire territory, String campaign, Level level) {
        Optional<Figure> reported = find(indicator, territory, campaign, level);
        if (reported.isPresent() && reported.get().value().isPresent()) {
            BigDecimal value = reported.get().value().get();
            return new Measure(indicator, territory, campaign, level,
                    new ShownValue(territory, OptionalDouble.of(value.doubleValue()), FrenchNumbers.format(value, indicator.unit()), false, ""),
                    reported);
        }
        Optional<Indicateur> complement = indicator.complementOf().flatMap(this::indicator);
        if (complement.isPresent()) {
            Optional<Figure> other = find(complement.get(), territory, campaign, level).filter(f -> f.value().isPresent());
            if (other.isPresent()) {
                BigDecimal otherValue = other.get().value().get();
                BigDecimal value = BigDecimal.valueOf(100).subtract(otherValue);
                String note = "calculé par le site : 100 % − " + FrenchNumbers.format(otherValue, "%")
                        + " (" + complement.get().lowerLabel() + ")";
                return new Measure(indicator, territory, campaign, level,
                        new ShownValue(territory, OptionalDouble.of(value.doubleValue()), FrenchNumbers.format(value, indicator.unit()), true, note),
                        other);
            }
        }
        return new Measure(indicator, territory, campaign, level,
                new ShownValue(territory, OptionalDouble.empty(), ShownValue.NOT_COMMUNICATED, false, ""), reported);
    }

    /** The measure at the latest campaign of the indicator, or « non communiqué » when there is none. */
    public Optional<Measure> latest(Indicateur indicator, Territoire territory, Level level) {
        return latestCampaign(indicator, level).map(c -> measure(indicator, territory, c, level));
    }

    private Optional<Figure> find(Indicateur indicator, Territoire territory, String campaign, Level level) {
        return Optional.ofNullable(byKey.get(key(indicator.key(), territory, campaign, level)));
    }
}
