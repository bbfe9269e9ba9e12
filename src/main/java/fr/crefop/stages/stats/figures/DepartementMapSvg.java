package fr.crefop.stages.stats.figures;

import fr.crefop.stages.stats.data.FrenchNumbers;
import fr.crefop.stages.stats.data.ShownValue;
import fr.crefop.stages.stats.data.Territoire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static fr.crefop.stages.stats.figures.BarChartSvg.MUTED;
import static fr.crefop.stages.stats.figures.BarChartSvg.NBSP;
import static fr.crefop.stages.stats.figures.BarChartSvg.TEXT;
import static fr.crefop.stages.stats.figures.BarChartSvg.coordinate;
import static fr.crefop.stages.stats.figures.BarChartSvg.text;

/**
 * A map of the five départements as inline SVG, each coloured by the class of its value, labelled with its name and
 * value, with a legend under the map. Classes use one hue in four steps, all at least 3:1 against white; « non
 * communiqué » is a hatched fill with a dark border and the label « n. c. »; computed values carry « * ».
 *
 * <p>Class breaks ({@link #breaks}): for rates (« % »), 5, 10 and 20 when every known value is under 50 (small
 * shares such as « sans solution »), 80, 90 and 95 when every known value is 50 or more (placement rates), 25, 50
 * and 75 otherwise; for counts, 1, 2 and 3 times a round step (1, 2, 2.5 or 5 × 10ⁿ, the largest not above a quarter
 * of the largest value). No known value: no classes, only « non communiqué » in the legend.
 */
public final class DepartementMapSvg {

    /** Lightest to darkest; contrast against white 3.4, 5.2, 8.0 and 12.2 to 1. */
    static final List<String> CLASS_FILLS = List.of("#4596ab", "#1c778b", "#00596a", "#003b49");
    static final String NOT_COMMUNICATED_LABEL = "n. c.";
    private static final String NC_BORDER = MUTED;
    private static final String WHITE = "#ffffff";
    private static final int WIDTH = DepartementOutlines.WIDTH;
    private static final int LABEL = 17;
    private static final int LEGEND = 16;
    private static final int ROW = 32;

    private final DepartementOutlines outlines;

    public DepartementMapSvg(DepartementOutlines outlines) {
        this.outlines = outlines;
    }

    public String render(ChoroplethMap map) {
        String id = BarChartSvg.checkedId(map.id());
        Map<Territoire, ShownValue> values = byDepartement(map);
        List<Double> breaks = breaks(map.unit(), map.values());
        StringBuilder shapes = new StringBuilder();
        StringBuilder hatched = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        for (DepartementOutlines.Outline outline : outlines.outlines()) {
            ShownValue value = values.get(outline.departement());
            String code = outline.departement().code();
            String fill = value.known() ? CLASS_FILLS.get(classOf(value.value().getAsDouble(), breaks)) : "url(#" + id + "-nc)";
            (value.known() ? shapes : hatched).append("<path data-code=\"").append(code).append("\" d=\"").append(outline.path())
                    .append("\" fill=\"").append(fill).append("\" stroke=\"").append(value.known() ? WHITE : NC_BORDER)
                    .append("\" stroke-width=\"").append(value.known() ? "2" : "1.5").append("\"/>\n");
            String halo = value.known() ? fill : WHITE;
            String ink = contrast(WHITE, halo) >= contrast(TEXT, halo) ? WHITE : TEXT;
            String shown = value.known() ? BarChartSvg.valueText(value) : NOT_COMMUNICATED_LABEL;
            labels.append("<g data-code=\"").append(code).append("\" text-anchor=\"middle\" stroke=\"").append(halo)
                    .append("\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n")
                    .append(text(outline.labelX(), outline.labelY() - 4, LABEL, ink, "", outline.departement().nom()))
                    .append(text(outline.labelX(), outline.labelY() + 19, LABEL + 2, ink, " font-weight=\"700\"", shown))
                    .append("</g>\n");
        }
        Legend legend = legend(legendEntries(id, map, breaks), breaks.isEmpty() ? List.of() : List.of(
                "Plus la teinte est foncée, plus la valeur est élevée.",
                map.higherIsBetter() ? "Une valeur élevée est favorable." : "Une valeur élevée est défavorable."));
        return BarChartSvg.header(id, WIDTH, legend.bottom(), map.title(), BarChartSvg.description(map.values()))
                + "<defs>\n<pattern id=\"" + id + "-nc\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#f2f2f2\"/>"
                + "<rect width=\"2\" height=\"8\" fill=\"#8c8c8c\"/></pattern>\n</defs>\n"
                + "<g fill-rule=\"evenodd\" stroke-linejoin=\"round\">\n" + shapes + hatched + "</g>\n"
                + labels + legend.markup() + "</svg>\n";
    }

    /** The legend's markup and where it ends (the height of the whole drawing). */
    private record Legend(String markup, double bottom) {
    }

    /** The legend under the map: caption lines, then the entries, in two columns when their texts are short. */
    private static Legend legend(List<LegendEntry> entries, List<String> caption) {
        StringBuilder out = new StringBuilder();
        double top = DepartementOutlines.HEIGHT + 8;
        for (int i = 0; i < caption.size(); i++) {
            out.append(text(12, top + 16 + 22 * i, LEGEND, TEXT, "", caption.get(i)));
        }
        double entriesTop = top + (caption.isEmpty() ? 0 : 22 * caption.size() + 8);
        boolean twoColumns = entries.stream().allMatch(e -> e.text().length() <= 28);
        int rows = twoColumns ? (entries.size() + 1) / 2 : entries.size();
        for (int i = 0; i < entries.size(); i++) {
            double x = 12 + (twoColumns && i >= rows ? WIDTH / 2.0 : 0);
            double y = entriesTop + ROW * (twoColumns ? i % rows : i);
            LegendEntry entry = entries.get(i);
            if (!entry.fill().isEmpty()) {
                out.append("<rect x=\"").append(coordinate(x)).append("\" y=\"").append(coordinate(y))
                        .append("\" width=\"32\" height=\"22\" fill=\"").append(entry.fill()).append('"')
                        .append(entry.attributes()).append("/>\n");
            }
            out.append(text(x + (entry.fill().isEmpty() ? 0 : 44), y + 17, LEGEND, TEXT, "", entry.text()));
        }
        return new Legend(out.toString(), entriesTop + ROW * rows + 4);
    }

    /** One line of the legend: a swatch (none when {@code fill} is empty) and its text. */
    private record LegendEntry(String fill, String attributes, String text) {
    }

    private static List<LegendEntry> legendEntries(String id, ChoroplethMap map, List<Double> breaks) {
        List<LegendEntry> entries = new ArrayList<>();
        for (int k = 0; k <= breaks.size() && !breaks.isEmpty(); k++) {
            entries.add(new LegendEntry(CLASS_FILLS.get(k), "", range(k, breaks, map.unit())));
        }
        entries.add(new LegendEntry("url(#" + id + "-nc)", " stroke=\"" + NC_BORDER + "\" stroke-width=\"1.5\"",
                ShownValue.NOT_COMMUNICATED + " (" + NOT_COMMUNICATED_LABEL + ")"));
        if (map.values().stream().anyMatch(v -> v.known() && v.derived())) {
            entries.add(new LegendEntry("", "", "* calculé par le site"));
        }
        return entries;
    }

    /** « moins de 5 % », « de 5 % à moins de 10 % », « 20 % ou plus »; a count unit comes once, at the end. */
    static String range(int k, List<Double> breaks, String unit) {
        boolean rate = "%".equals(unit);
        String suffix = rate || unit.isBlank() ? "" : NBSP + unit;
        if (k == 0) {
            return "moins de " + amount(breaks.get(0), rate) + suffix;
        }
        if (k == breaks.size()) {
            return amount(breaks.get(k - 1), rate) + suffix + " ou plus";
        }
        return "de " + amount(breaks.get(k - 1), rate) + " à moins de " + amount(breaks.get(k), rate) + suffix;
    }

    private static String amount(double value, boolean rate) {
        String number = FrenchNumbers.number(BigDecimal.valueOf(value));
        return rate ? number + NBSP + "%" : number;
    }

    /** The three class breaks (four classes), or none when no value is known; see the class comment. */
    static List<Double> breaks(String unit, List<ShownValue> values) {
        double[] known = values.stream().filter(ShownValue::known).mapToDouble(v -> v.value().getAsDouble()).toArray();
        if (known.length == 0) {
            return List.of();
        }
        if ("%".equals(unit)) {
            boolean small = Arrays.stream(known).allMatch(v -> v < 50);
            boolean large = Arrays.stream(known).allMatch(v -> v >= 50);
            return small ? List.of(5.0, 10.0, 20.0) : large ? List.of(80.0, 90.0, 95.0) : List.of(25.0, 50.0, 75.0);
        }
        double quarter = Arrays.stream(known).max().orElse(0) / 4;
        if (!(quarter > 0)) {
            return List.of(1.0, 2.0, 3.0);
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(quarter)));
        double fraction = quarter / magnitude;
        double step = magnitude * (fraction >= 5 ? 5 : fraction >= 2.5 ? 2.5 : fraction >= 2 ? 2 : 1);
        return List.of(step, 2 * step, 3 * step);
    }

    static int classOf(double value, List<Double> breaks) {
        int k = 0;
        while (k < breaks.size() && value >= breaks.get(k)) {
            k++;
        }
        return k;
    }

    private static Map<Territoire, ShownValue> byDepartement(ChoroplethMap map) {
        Map<Territoire, ShownValue> values = new EnumMap<>(Territoire.class);
        for (ShownValue value : map.values()) {
            if (!value.territoire().isDepartement() || values.put(value.territoire(), value) != null) {
                throw new IllegalArgumentException("Map '" + map.id() + "': " + value.territoire().nom()
                        + (value.territoire().isDepartement() ? " appears twice" : " is not a département")
                        + "; give one value per département (14, 27, 50, 61, 76)");
            }
        }
        for (Territoire departement : Territoire.departements()) {
            if (!values.containsKey(departement)) {
                throw new IllegalArgumentException("Map '" + map.id() + "' has no value for " + departement.nom() + " ("
                        + departement.code() + "); give « non communiqué » rather than leaving it out");
            }
        }
        return values;
    }

    /** WCAG 2.1 contrast ratio of two #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
