package fr.crefop.stages.stats.data;

import fr.crefop.stages.content.Level;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One reported figure: one row of a statistics CSV file.
 *
 * @param campaign  {@code 2025} or {@code 2024-2025}
 * @param level     the internship it is about
 * @param territory where
 * @param indicator what
 * @param value     the figure, or empty when the row says it is not communicated
 * @param source    where it comes from
 * @param sector    the sector it is about, or empty for all sectors
 * @param file      the CSV file, relative to the site folder
 * @param line      its line in that file
 */
public record Figure(String campaign, Level level, Territoire territory, Indicateur indicator, Optional<BigDecimal> value,
                     Source source, String sector, String file, int line) {

    /** Two figures with the same key would contradict each other. */
    public String key() {
        return campaign + "|" + level + "|" + territory + "|" + indicator.key() + "|" + sector;
    }
}
