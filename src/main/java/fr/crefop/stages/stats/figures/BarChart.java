package fr.crefop.stages.stats.figures;

import fr.crefop.stages.stats.data.ShownValue;

import java.util.List;

/**
 * A horizontal bar chart of one indicator across territories.
 *
 * @param id      unique within the page, used for SVG ids ({@code title}, {@code desc}, patterns)
 * @param title   e.g. « Taux de placement par département, stage de seconde, campagne 2025 »
 * @param unit    « % » for rates (axis 0–100), otherwise the unit of counts
 * @param max     the axis maximum (100 for rates; the largest value otherwise)
 * @param bars    one per territory, in display order (Normandie first, then the départements)
 */
public record BarChart(String id, String title, String unit, double max, List<ShownValue> bars) {

    public BarChart {
        bars = List.copyOf(bars);
    }
}
