package fr.crefop.stages.stats.figures;

import fr.crefop.stages.stats.data.ShownValue;
import fr.crefop.stages.stats.data.Territoire;
import fr.crefop.stages.testing.Snapshots;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bar chart as a reader gets it: the placement rate of the 2025 stage de seconde, where only Normandie is
 * reported, Eure and Manche are computed from their « sans solution » shares and the rest is not communicated.
 */
class BarChartSvgTest {

    static final String NBSP = "\u00A0";

    static ShownValue reported(Territoire territoire, double value, String text) {
        return new ShownValue(territoire, OptionalDouble.of(value), text.replace(" ", NBSP), false, "");
    }

    static ShownValue derived(Territoire territoire, double value, String text, String note) {
        return new ShownValue(territoire, OptionalDouble.of(value), text.replace(" ", NBSP), true, note.replace(" %", NBSP + "%"));
    }

    static ShownValue notCommunicated(Territoire territoire) {
        return new ShownValue(territoire, OptionalDouble.empty(), ShownValue.NOT_COMMUNICATED, false, "");
    }

    static BarChart placement() {
        return new BarChart("placement", "Taux de placement, stage de seconde, campagne 2025", "%", 100, List.of(
                reported(Territoire.NORMANDIE, 91.77, "91,77 %"),
                notCommunicated(Territoire.CALVADOS),
                derived(Territoire.EURE, 85, "85 %", "calculé à partir du taux sans solution (15 %)"),
                derived(Territoire.MANCHE, 93.5, "93,5 %", "calculé à partir du taux sans solution (6,5 %)"),
                notCommunicated(Territoire.ORNE),
                notCommunicated(Territoire.SEINE_MARITIME)));
    }

    static Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    /** WCAG 2.1 contrast ratio, computed here independently of the code under test. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] c = {(rgb >> 16 & 255) / 255.0, (rgb >> 8 & 255) / 255.0, (rgb & 255) / 255.0};
        for (int i = 0; i < 3; i++) {
            c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static List<String> texts(Document svg) {
        return svg.select("text").stream().map(Element::wholeText).toList();
    }

    static void assertIdsUniqueAndPrefixed(Document svg, String prefix) {
        List<String> ids = svg.select("[id]").eachAttr("id");
        assertThat(ids).isNotEmpty().allMatch(id -> id.startsWith(prefix + "-"), "starts with " + prefix + "-");
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        for (Element referencing : svg.select("[fill^=url(#]")) {
            String target = referencing.attr("fill").replaceAll("url\\(#(.*)\\)", "$1");
            assertThat(svg.getElementById(target)).as("pattern %s", target).isNotNull();
        }
    }

    @Test
    void matchesTheSnapshot() {
        Snapshots.assertMatches("bar-chart-placement.svg", BarChartSvg.render(placement()));
    }

    @Test
    void matchesTheSnapshotForCounts() {
        BarChart pupils = new BarChart("eleves", "Élèves de seconde, campagne 2025", "élèves", 25685, List.of(
                reported(Territoire.NORMANDIE, 25685, "25 685 élèves"),
                reported(Territoire.CALVADOS, 6120, "6 120 élèves"),
                notCommunicated(Territoire.EURE)));
        String svg = BarChartSvg.render(pupils);
        assertThat(texts(parse(svg))).contains("0", "10\u202F000", "20\u202F000", "25 685 élèves".replace(" ", NBSP));
        Snapshots.assertMatches("bar-chart-eleves.svg", svg);
    }

    @Test
    void writesEveryNameAndValueAsText() {
        List<String> texts = texts(parse(BarChartSvg.render(placement())));
        for (ShownValue value : placement().bars()) {
            assertThat(texts).contains(value.territoire().nom());
            assertThat(texts).anyMatch(t -> t.startsWith(value.text()));
        }
        assertThat(texts).contains("0" + NBSP + "%", "25" + NBSP + "%", "50" + NBSP + "%", "75" + NBSP + "%", "100" + NBSP + "%");
    }

    @Test
    void showsUnknownValuesAsPlaceholdersSayingNonCommunique() {
        Document svg = parse(BarChartSvg.render(placement()));
        assertThat(svg.select("rect[stroke-dasharray]")).hasSize(3).allMatch(r -> r.attr("fill").equals("#ffffff"));
        assertThat(texts(svg).stream().filter(ShownValue.NOT_COMMUNICATED::equals)).hasSize(3);
        assertThat(svg.select("svg > rect:not([stroke-dasharray])")).as("bars").hasSize(3);
    }

    @Test
    void hatchesAndMarksComputedValuesAndExplainsThem() {
        Document svg = parse(BarChartSvg.render(placement()));
        assertThat(svg.select("rect[fill=url(#placement-hatch)]")).hasSize(2);
        assertThat(svg.select("pattern#placement-hatch")).hasSize(1);
        List<String> texts = texts(svg);
        assertThat(texts).contains("85" + NBSP + "%" + NBSP + "*", "93,5" + NBSP + "%" + NBSP + "*", "91,77" + NBSP + "%");
        // the notes are written in HTML under the figure, where spaced text reflows (WCAG 1.4.12), not in the SVG
        assertThat(texts).noneMatch(t -> t.startsWith("* "));
        assertThat(BarChartSvg.footnotes(placement().bars())).containsExactly(
                "* Eure — calculé à partir du taux sans solution (15" + NBSP + "%)",
                "* Manche — calculé à partir du taux sans solution (6,5" + NBSP + "%)");
    }

    @Test
    void explainsComputedValuesWithoutNoteGenerically() {
        BarChart chart = new BarChart("c", "T", "%", 100, List.of(derived(Territoire.EURE, 85, "85 %", "")));
        assertThat(BarChartSvg.footnotes(chart.bars())).containsExactly("* Eure — valeur calculée par le site, voir le tableau");
    }

    @Test
    void setsNormandieApartByWeightAndALineNotOnlyByColour() {
        Document svg = parse(BarChartSvg.render(placement()));
        Element name = svg.select("text").stream().filter(t -> t.text().equals("Normandie")).findFirst().orElseThrow();
        assertThat(name.attr("font-weight")).isEqualTo("700");
        Element calvados = svg.select("text").stream().filter(t -> t.text().equals("Calvados")).findFirst().orElseThrow();
        assertThat(calvados.hasAttr("font-weight")).isFalse();
        double normandieBottom = Double.parseDouble(svg.select("svg > rect").first().attr("y")) + 30;
        double calvadosTop = Double.parseDouble(calvados.attr("y")) - 20;
        assertThat(svg.select("line").stream().filter(l -> l.attr("y1").equals(l.attr("y2")))
                .map(l -> Double.parseDouble(l.attr("y1"))))
                .anyMatch(y -> y > normandieBottom && y < calvadosTop);
    }

    @Test
    void isLabelledByItsTitleAndADescriptionStatingEveryFigure() {
        Element svg = parse(BarChartSvg.render(placement())).selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("placement-title placement-desc");
        assertThat(svg.child(0).tagName()).isEqualTo("title");
        assertThat(svg.selectFirst("title#placement-title").wholeText()).isEqualTo(placement().title());
        String desc = svg.selectFirst("desc#placement-desc").wholeText();
        assertThat(desc).startsWith("Normandie" + NBSP + ": 91,77" + NBSP + "%\u202F; Calvados" + NBSP + ": non communiqué")
                .contains("Eure" + NBSP + ": 85" + NBSP + "% (calculé)", "Seine-Maritime" + NBSP + ": non communiqué.",
                        "Eure — calculé à partir du taux sans solution (15" + NBSP + "%).");
    }

    @Test
    void prefixesEveryIdWithTheChartId() {
        Document svg = parse(BarChartSvg.render(placement()));
        assertIdsUniqueAndPrefixed(svg, "placement");
        BarChart other = new BarChart("autre", "T", "%", 100, placement().bars());
        Set<String> first = new HashSet<>(svg.select("[id]").eachAttr("id"));
        assertThat(parse(BarChartSvg.render(other)).select("[id]").eachAttr("id")).noneMatch(first::contains);
    }

    @Test
    void usesColoursWithEnoughContrast() {
        Document svg = parse(BarChartSvg.render(placement()));
        for (Element rect : svg.select("svg > rect, pattern > rect:not([fill=#ffffff])")) {
            String colour = rect.attr("fill").startsWith("url") ? rect.attr("stroke") : rect.attr("fill");
            if (!colour.equals("#ffffff")) {
                assertThat(contrast(colour, "#ffffff")).as("bar %s", colour).isGreaterThanOrEqualTo(3);
            }
        }
        assertThat(svg.select("rect[stroke-dasharray]").eachAttr("stroke"))
                .allMatch(c -> contrast(c, "#ffffff") >= 3, "placeholder outline ≥ 3:1");
        assertThat(svg.select("text").eachAttr("fill")).allMatch(c -> contrast(c, "#ffffff") >= 4.5, "text ≥ 4.5:1");
    }

    @Test
    void usesLargeTextAndTheSystemFontStack() {
        Element svg = parse(BarChartSvg.render(placement())).selectFirst("svg");
        assertThat(svg.attr("viewBox")).startsWith("0 0 640 ");
        assertThat(svg.attr("width")).isEqualTo("100%");
        assertThat(svg.attr("font-family")).isEqualTo("system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif");
        assertThat(svg.select("text").eachAttr("font-size")).allMatch(size -> Integer.parseInt(size) >= 16);
    }

    @Test
    void escapesXmlSpecialCharacters() {
        BarChart chart = new BarChart("c", "Taux <brut> & \"net\"", "%", 100,
                List.of(new ShownValue(Territoire.EURE, OptionalDouble.of(1), "1 % <&>", true, "a < b & c")));
        String svg = BarChartSvg.render(chart);
        assertThat(svg).doesNotContain("<brut>", "& ", "< b");
        Document document = parse(svg);
        assertThat(document.selectFirst("title").wholeText()).isEqualTo("Taux <brut> & \"net\"");
        assertThat(texts(document)).contains("1 % <&>" + NBSP + "*");
    }

    @Test
    void isDeterministicAndIgnoresTheDefaultLocale() {
        String first = BarChartSvg.render(placement());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(BarChartSvg.render(placement())).isEqualTo(first);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(first).doesNotContainPattern("=\"-?\\d+,\\d").doesNotContainPattern("\\d\\.\\d{2,}");
    }

    @Test
    void rejectsUnusableIdsAndAxes() {
        assertThatThrownBy(() -> BarChartSvg.render(new BarChart("1 a", "T", "%", 100, placement().bars())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'1 a'");
        assertThatThrownBy(() -> BarChartSvg.render(new BarChart("a", "T", "%", 0, placement().bars())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximum");
        assertThatThrownBy(() -> BarChartSvg.render(new BarChart("a", "T", "%", 100, List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no bars");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            100   | 0 25 50 75 100
            25685 | 0 10000 20000
            8     | 0 2 4 6 8
            1     | 0 0.25 0.5 0.75 1
            """)
    void placesTicksAtRoundSteps(double max, String expected) {
        List<Double> ticks = Arrays.stream(expected.split(" ")).map(Double::valueOf).toList();
        assertThat(BarChartSvg.ticks(max)).isEqualTo(ticks);
    }
}
