package fr.crefop.stages.stats.figures;

import fr.crefop.stages.stats.data.ShownValue;

import java.util.List;

/**
 * A map of the five départements coloured by one indicator.
 *
 * @param id             unique within the page, used for SVG ids
 * @param title          e.g. « Part des élèves sans solution de stage, par département »
 * @param unit           « % » or a count unit
 * @param higherIsBetter whether a higher value is good news (decides nothing about colours' order, only the legend wording)
 * @param values         the five départements, in code order
 */
public record ChoroplethMap(String id, String title, String unit, boolean higherIsBetter, List<ShownValue> values) {

    public ChoroplethMap {
        values = List.copyOf(values);
    }
}
