package fr.crefop.stages.stats;

import fr.crefop.stages.content.Level;
import fr.crefop.stages.stats.data.Indicateur;
import fr.crefop.stages.stats.data.Measure;
import fr.crefop.stages.stats.data.Source;
import fr.crefop.stages.stats.data.StatsData;
import fr.crefop.stages.stats.data.Territoire;

import java.util.List;
import java.util.Optional;

/**
 * The statistics as templates see them ({@code stats} in Freemarker): typed records, e.g.
 * {@code ${stats.latest("taux_placement", "28").shown.text}}.
 */
public final class StatsView {

    private final StatsData data;

    StatsView(StatsData data) {
        this.data = data;
    }

    public static StatsView empty() {
        return new StatsView(new StatsData(List.of(), List.of(), List.of()));
    }

    public List<Indicateur> getIndicators() {
        return data.indicators();
    }

    public List<Source> getSources() {
        return data.usedSources();
    }

    public List<Territoire> getTerritories() {
        return List.of(Territoire.values());
    }

    /**
     * The latest figure of an indicator for a territory code, reported or derived; « non communiqué » when unknown.
     * Empty when the indicator or the territory does not exist.
     */
    public Optional<Measure> latest(String indicator, String territoryCode) {
        Optional<Indicateur> found = data.indicator(indicator);
        Optional<Territoire> territory = Territoire.ofCode(territoryCode);
        if (found.isEmpty() || territory.isEmpty()) {
            return Optional.empty();
        }
        List<Level> levels = data.levels(found.get());
        Level level = levels.isEmpty() ? Level.SECONDE : levels.get(levels.size() - 1);
        return Optional.of(data.latest(found.get(), territory.get(), level)
                .orElseGet(() -> data.measure(found.get(), territory.get(), "", level)));
    }
}
