package fr.crefop.stages.stats;

import fr.crefop.stages.content.Level;

import java.math.BigDecimal;
import java.util.Comparator;
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

    public StatsData(List<Indicateur> indicators, List<Source> sources, List<Figure> figures) {
        this.indicators = List.copyOf(indicators);
        this.sources = List.copyOf(sources);
        this.figures = figures.stream().sorted(Comparator.comparing(Figure::file).thenComparingInt(Figure::line)).toList();
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
        return sources.stream().filter(s -> figures.stream().anyMatch(f -> f.source().equals(s))).toList();
    }

    /** The levels for which an indicator (or its complement) has rows. */
    public List<Level> levels(Indicateur indicator) {
        return figures.stream().filter(f -> about(f, indicator)).map(Figure::level).distinct().sorted().toList();
    }

    /** Campaigns with a known value of the indicator (or its complement) at that level, oldest first. */
    public List<String> campaigns(Indicateur indicator, Level level) {
        TreeSet<String> campaigns = new TreeSet<>();
        figures.stream().filter(f -> about(f, indicator) && f.level() == level && f.value().isPresent() && f.sector().isEmpty())
                .forEach(f -> campaigns.add(f.campaign()));
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
        return figures.stream().filter(f -> f.indicator().equals(indicator) && f.territory() == territory
                && f.campaign().equals(campaign) && f.level() == level && f.sector().isEmpty()).findFirst();
    }

    private boolean about(Figure figure, Indicateur indicator) {
        return figure.indicator().equals(indicator)
                || indicator.complementOf().map(c -> figure.indicator().key().equals(c)).orElse(false);
    }
}
