package fr.crefop.stages.stats.figures;

import fr.crefop.stages.stats.data.FrenchNumbers;
import fr.crefop.stages.stats.data.ShownValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A horizontal bar chart as inline SVG: one row per territory (its name above its bar, the value right of the bar),
 * an axis from 0 to the maximum, and a note for values computed by the site. Unknown values get a dashed placeholder
 * and « non communiqué »; computed values a hatched bar and « * »; Normandie a darker bar, a bold name and a line
 * under its row. The view box is {@value #WIDTH} units wide with 20-unit names and values: 20 px on a 640 px column,
 * about 10 px on a 320 px phone, where the data table next to the chart stays the readable version.
 */
public final class BarChartSvg {

    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
    static final String TEXT = "#1b1b1b";
    static final String MUTED = "#4d4d4d";
    static final char NBSP = '\u00A0';
    static final char NNBSP = '\u202F';
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final String BAR = "#1d5c73";
    private static final String REGION_BAR = "#0b3142";
    private static final String PLACEHOLDER = "#6b6b6b";
    private static final String GRID = "#d6d6d6";
    private static final String SEPARATOR = "#767676";
    private static final int WIDTH = 640;
    private static final int LEFT = 20;
    private static final int LARGE = 20;
    private static final int SMALL = 16;
    private static final int BAR_HEIGHT = 30;
    private static final int ROW = 76;

    private BarChartSvg() {
    }

    public static String render(BarChart chart) {
        String id = checkedId(chart.id());
        if (!(chart.max() > 0) || Double.isInfinite(chart.max())) {
            throw new IllegalArgumentException("Bar chart '" + id + "': the axis maximum must be a positive number, not " + chart.max());
        }
        if (chart.bars().isEmpty()) {
            throw new IllegalArgumentException("Bar chart '" + id + "' has no bars: give one value per territory, « non communiqué » included");
        }
        // room for the value with the spacing a reader may apply (WCAG 1.4.12): it must never be cut
        double room = chart.bars().stream().filter(ShownValue::known).mapToDouble(v -> spacedWidth(valueText(v), LARGE)).max().orElse(0);
        double barMax = WIDTH - LEFT - Math.max(90, Math.min(260, room + 16));
        List<Double> ticks = ticks(chart.max());
        StringBuilder body = new StringBuilder();
        StringBuilder grid = new StringBuilder();
        double y = 8;
        double firstBar = y + 28;
        for (int i = 0; i < chart.bars().size(); i++) {
            ShownValue value = chart.bars().get(i);
            boolean region = !value.territoire().isDepartement();
            if (i > 0 && !chart.bars().get(i - 1).territoire().isDepartement() && !region) {
                body.append(line(0, y - 4, WIDTH, y - 4, SEPARATOR, "1"));
                y += 12;
            }
            double barTop = y + 28;
            body.append(text(LEFT, y + 20, LARGE, TEXT, region ? " font-weight=\"700\"" : "", value.territoire().nom()));
            for (double tick : ticks.subList(1, ticks.size())) {
                grid.append('M').append(coordinate(LEFT + barMax * tick / chart.max())).append(' ')
                        .append(coordinate(barTop - 4)).append('v').append(BAR_HEIGHT + 8);
            }
            body.append(bar(id, value, barTop, barMax * Math.max(0, Math.min(value.value().orElse(0), chart.max())) / chart.max()));
            y += ROW;
        }
        double axis = y - ROW + 28 + BAR_HEIGHT + 10;
        // the notes of computed values are written in HTML under the figure (footnotes()), where spaced text reflows
        double height = axis + 40;
        StringBuilder svg = new StringBuilder(header(id, WIDTH, height, chart.title(), description(chart.bars())));
        svg.append(patterns(id, chart.bars()));
        if (!grid.isEmpty()) {
            svg.append("<path d=\"").append(grid).append("\" stroke=\"").append(GRID).append("\" stroke-width=\"1\"/>\n");
        }
        svg.append(body);
        svg.append(line(LEFT, firstBar - 4, LEFT, axis, MUTED, "1.5"));
        svg.append(axis(ticks, chart, barMax, axis));
        return svg.append("</svg>\n").toString();
    }

    /** The opening tag with its accessible name and description, as both renderers write it. */
    static String header(String id, int width, double height, String title, String description) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\""
                + " viewBox=\"0 0 " + width + ' ' + coordinate(height) + "\" width=\"100%\" font-family=\"" + FONT + "\">\n"
                + "<title id=\"" + id + "-title\">" + Html.escape(title) + "</title>\n"
                + "<desc id=\"" + id + "-desc\">" + Html.escape(description) + "</desc>\n";
    }

    private static String axis(List<Double> ticks, BarChart chart, double barMax, double y) {
        StringBuilder out = new StringBuilder(line(LEFT, y, LEFT + barMax, y, MUTED, "1.5"));
        for (double tick : ticks) {
            double x = LEFT + barMax * tick / chart.max();
            out.append(line(x, y, x, y + 6, MUTED, "1.5"));
            out.append(text(x, y + 26, SMALL, MUTED, " text-anchor=\"middle\"", tickLabel(tick, chart.unit())));
        }
        return out.toString();
    }

    private static String bar(String id, ShownValue value, double top, double width) {
        boolean region = !value.territoire().isDepartement();
        String colour = region ? REGION_BAR : BAR;
        String weight = region ? " font-weight=\"700\"" : "";
        if (!value.known()) {
            String label = value.text().isBlank() ? ShownValue.NOT_COMMUNICATED : value.text();
            return "<rect x=\"" + LEFT + "\" y=\"" + coordinate(top) + "\" width=\"" + coordinate(textWidth(label, 18) + 24)
                    + "\" height=\"" + BAR_HEIGHT + "\" fill=\"#ffffff\" stroke=\"" + PLACEHOLDER
                    + "\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n"
                    + text(LEFT + 12, top + 21, 18, MUTED, " font-style=\"italic\"", label);
        }
        StringBuilder out = new StringBuilder();
        double shown = width > 0 ? Math.max(width, 2) : 0;
        if (shown > 0) {
            out.append("<rect x=\"").append(LEFT).append("\" y=\"").append(coordinate(top)).append("\" width=\"")
                    .append(coordinate(shown)).append("\" height=\"").append(BAR_HEIGHT).append('"');
            if (value.derived()) {
                out.append(" fill=\"url(#").append(id).append(region ? "-hatch-region" : "-hatch").append(")\" stroke=\"")
                        .append(colour).append("\" stroke-width=\"2\"");
            } else {
                out.append(" fill=\"").append(colour).append('"');
            }
            out.append("/>\n");
        }
        return out.append(text(LEFT + shown + 8, top + 22, LARGE, TEXT, weight, valueText(value))).toString();
    }

    /** The value as shown next to its bar: « 85 % * » for a computed one. */
    static String valueText(ShownValue value) {
        return value.derived() ? value.text() + NBSP + "*" : value.text();
    }

    private static String patterns(String id, List<ShownValue> bars) {
        StringBuilder defs = new StringBuilder();
        if (bars.stream().anyMatch(v -> v.derived() && v.known() && v.territoire().isDepartement())) {
            defs.append(hatch(id + "-hatch", BAR));
        }
        if (bars.stream().anyMatch(v -> v.derived() && v.known() && !v.territoire().isDepartement())) {
            defs.append(hatch(id + "-hatch-region", REGION_BAR));
        }
        return defs.isEmpty() ? "" : "<defs>\n" + defs + "</defs>\n";
    }

    private static String hatch(String patternId, String colour) {
        return "<pattern id=\"" + patternId + "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><rect width=\"4\" height=\"8\" fill=\"" + colour + "\"/></pattern>\n";
    }

    /** « Normandie : 91,77 % ; Calvados : non communiqué ; Eure : 85 % (calculé) ; … » then how values were computed. */
    static String description(List<ShownValue> values) {
        List<String> parts = new ArrayList<>();
        for (ShownValue value : values) {
            String text = value.known() ? value.text() : ShownValue.NOT_COMMUNICATED;
            parts.add(value.territoire().nom() + NBSP + ": " + text + (value.known() && value.derived() ? " (calculé)" : ""));
        }
        StringBuilder out = new StringBuilder(String.join(NNBSP + "; ", parts)).append('.');
        notes(values).forEach((note, names) -> out.append(' ').append(names).append(" — ").append(note).append('.'));
        return out.toString();
    }

    /** The distinct notes of computed values, each with the territories it applies to (« Eure, Manche »). */
    static Map<String, String> notes(List<ShownValue> values) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (ShownValue value : values) {
            if (value.known() && value.derived()) {
                String note = value.note().isBlank() ? "valeur calculée par le site, voir le tableau" : value.note().strip();
                notes.merge(note, value.territoire().nom(), (a, b) -> a + ", " + b);
            }
        }
        return notes;
    }

    /** The notes of computed values, one per line (« * Eure — calculé à partir… »), shown in HTML under the chart. */
    static List<String> footnotes(List<ShownValue> values) {
        List<String> lines = new ArrayList<>();
        notes(values).forEach((note, names) -> lines.add("* " + names + " — " + note));
        return lines;
    }

    /** Cuts a line at ordinary spaces (never at no-break spaces) so that it fits; continuation lines are indented. */
    static List<String> wrap(String text, double maxChars) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!current.isEmpty() && current.length() + 1 + word.length() > maxChars) {
                lines.add(current.toString());
                current.setLength(0);
                current.append(NBSP).append(NBSP);
            } else if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    /** 0, 25, 50, 75, 100 for rates; otherwise multiples of a round step (1, 2, 2.5 or 5 × 10ⁿ) up to the maximum. */
    static List<Double> ticks(double max) {
        double raw = max / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double step = magnitude * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10);
        List<Double> ticks = new ArrayList<>();
        for (int k = 0; k * step <= max * (1 + 1e-9); k++) {
            ticks.add(k * step);
        }
        return ticks;
    }

    private static String tickLabel(double tick, String unit) {
        String number = FrenchNumbers.number(BigDecimal.valueOf(tick));
        return "%".equals(unit) ? number + NBSP + "%" : number;
    }

    static String checkedId(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("SVG id prefix '" + id + "' is not usable: start with a letter, then letters, digits, '-' or '_'");
        }
        return id;
    }

    /** A generous width for laying out text: 0.6 em per character (system sans-serif fonts average about 0.5 em). */
    static double textWidth(String text, double size) {
        return text.length() * 0.6 * size;
    }

    /** The width of a text with WCAG 1.4.12 spacing: 0.12 em more per character, 0.16 em more per space. */
    static double spacedWidth(String text, double size) {
        long spaces = text.chars().filter(c -> c == ' ' || c == '\u00a0' || c == '\u202f').count();
        return textWidth(text, size) + text.length() * 0.12 * size + spaces * 0.16 * size;
    }

    static String text(double x, double y, int size, String fill, String attributes, String content) {
        return "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" font-size=\"" + size + "\" fill=\"" + fill + '"'
                + attributes + '>' + Html.escape(content) + "</text>\n";
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, String width) {
        return "<line x1=\"" + coordinate(x1) + "\" y1=\"" + coordinate(y1) + "\" x2=\"" + coordinate(x2) + "\" y2=\""
                + coordinate(y2) + "\" stroke=\"" + stroke + "\" stroke-width=\"" + width + "\"/>\n";
    }

    /** An SVG coordinate: at most one decimal, a point as separator, whatever the default locale. */
    static String coordinate(double value) {
        long tenths = Math.round(value * 10);
        long abs = Math.abs(tenths);
        String text = (abs / 10) + (abs % 10 == 0 ? "" : "." + (abs % 10));
        return tenths < 0 ? "-" + text : text;
    }
}
