package fr.crefop.stages.stats.figures;

import fr.crefop.stages.stats.data.ShownValue;
import fr.crefop.stages.stats.data.Territoire;
import fr.crefop.stages.testing.Snapshots;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.crefop.stages.stats.figures.BarChartSvgTest.NBSP;
import static fr.crefop.stages.stats.figures.BarChartSvgTest.contrast;
import static fr.crefop.stages.stats.figures.BarChartSvgTest.derived;
import static fr.crefop.stages.stats.figures.BarChartSvgTest.notCommunicated;
import static fr.crefop.stages.stats.figures.BarChartSvgTest.parse;
import static fr.crefop.stages.stats.figures.BarChartSvgTest.reported;
import static fr.crefop.stages.stats.figures.BarChartSvgTest.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The map as a reader gets it, with the real outlines: the « sans solution » share (Eure 15 %, Manche 6,5 % reported,
 * the rest not communicated) and the placement rate (Eure and Manche computed, the rest not communicated).
 */
class DepartementMapSvgTest {

    private static final DepartementMapSvg MAPS = new DepartementMapSvg(DepartementOutlines.load(DepartementOutlinesTest.GEOJSON));

    static ChoroplethMap sansSolution() {
        return new ChoroplethMap("sans-solution", "Part des élèves sans solution de stage, par département, campagne 2025", "%",
                false, List.of(notCommunicated(Territoire.CALVADOS), reported(Territoire.EURE, 15, "15 %"),
                reported(Territoire.MANCHE, 6.5, "6,5 %"), notCommunicated(Territoire.ORNE),
                notCommunicated(Territoire.SEINE_MARITIME)));
    }

    static ChoroplethMap placement() {
        return new ChoroplethMap("carte-placement", "Taux de placement par département, campagne 2025", "%", true,
                List.of(notCommunicated(Territoire.CALVADOS),
                        derived(Territoire.EURE, 85, "85 %", "calculé à partir du taux sans solution (15 %)"),
                        derived(Territoire.MANCHE, 93.5, "93,5 %", "calculé à partir du taux sans solution (6,5 %)"),
                        notCommunicated(Territoire.ORNE), notCommunicated(Territoire.SEINE_MARITIME)));
    }

    @Test
    void matchesTheSnapshots() {
        Snapshots.assertMatches("map-sans-solution.svg", MAPS.render(sansSolution()));
        Snapshots.assertMatches("map-placement.svg", MAPS.render(placement()));
    }

    @Test
    void drawsOnePathPerDepartementWithItsCode() {
        Document svg = parse(MAPS.render(sansSolution()));
        assertThat(svg.select("path").eachAttr("data-code")).containsExactlyInAnyOrder("14", "27", "50", "61", "76");
    }

    @Test
    void labelsEachDepartementWithItsNameAndValue() {
        Document svg = parse(MAPS.render(sansSolution()));
        Map<String, String> labels = svg.select("g[data-code]").stream()
                .collect(Collectors.toMap(g -> g.attr("data-code"), g -> g.select("text").stream().map(Element::wholeText).toList().toString()));
        assertThat(labels).containsEntry("14", "[Calvados, n. c.]").containsEntry("27", "[Eure, 15" + NBSP + "%]")
                .containsEntry("50", "[Manche, 6,5" + NBSP + "%]").containsEntry("61", "[Orne, n. c.]")
                .containsEntry("76", "[Seine-Maritime, n. c.]");
    }

    @Test
    void hatchesUnknownValuesWithADarkBorderAndExplainsTheHatch() {
        Document svg = parse(MAPS.render(sansSolution()));
        for (String code : List.of("14", "61", "76")) {
            Element path = svg.selectFirst("path[data-code=" + code + "]");
            assertThat(path.attr("fill")).isEqualTo("url(#sans-solution-nc)");
            assertThat(contrast(path.attr("stroke"), "#ffffff")).isGreaterThanOrEqualTo(3);
        }
        assertThat(svg.select("pattern#sans-solution-nc")).hasSize(1);
        assertThat(svg.select("rect[fill=url(#sans-solution-nc)]")).as("legend swatch").hasSize(1);
        assertThat(texts(svg)).contains("non communiqué (n. c.)");
    }

    @Test
    void putsDifferentValuesInDifferentClassesAndSaysTheRangesInWords() {
        Document svg = parse(MAPS.render(sansSolution()));
        String eure = svg.selectFirst("path[data-code=27]").attr("fill");
        String manche = svg.selectFirst("path[data-code=50]").attr("fill");
        assertThat(eure).isEqualTo(DepartementMapSvg.CLASS_FILLS.get(2));
        assertThat(manche).isEqualTo(DepartementMapSvg.CLASS_FILLS.get(1));
        assertThat(texts(svg)).contains("moins de 5" + NBSP + "%", "de 5" + NBSP + "% à moins de 10" + NBSP + "%",
                "de 10" + NBSP + "% à moins de 20" + NBSP + "%", "20" + NBSP + "% ou plus");
        assertThat(texts(svg)).anyMatch(t -> t.equals("Une valeur élevée est défavorable."));
        assertThat(texts(svg)).noneMatch(t -> t.contains("calculée"));
    }

    @Test
    void marksComputedValuesWithAStar() {
        Document svg = parse(MAPS.render(placement()));
        assertThat(texts(svg)).contains("85" + NBSP + "%" + NBSP + "*", "93,5" + NBSP + "%" + NBSP + "*", "* calculé par le site",
                "de 80" + NBSP + "% à moins de 90" + NBSP + "%", "de 90" + NBSP + "% à moins de 95" + NBSP + "%");
        assertThat(texts(svg)).anyMatch(t -> t.equals("Une valeur élevée est favorable."));
        assertThat(svg.selectFirst("desc").wholeText()).contains("Eure" + NBSP + ": 85" + NBSP + "% (calculé)",
                "Eure — calculé à partir du taux sans solution (15" + NBSP + "%).");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            %      | 91.77 85 93.5 | 80 90 95
            %      | 15 6.5        | 5 10 20
            %      | 15 85         | 25 50 75
            %      | 0 100         | 25 50 75
            élèves | 6120 25685    | 5000 10000 15000
            élèves | 40 12         | 10 20 30
            élèves | 0             | 1 2 3
            """)
    void choosesClassBreaksFromTheUnitAndTheRangeOfValues(String unit, String values, String expected) {
        Territoire[] departements = Territoire.departements().toArray(Territoire[]::new);
        double[] numbers = Arrays.stream(values.split(" ")).mapToDouble(Double::parseDouble).toArray();
        List<ShownValue> shown = new java.util.ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            shown.add(reported(departements[i], numbers[i], numbers[i] + " " + unit));
        }
        List<Double> breaks = Arrays.stream(expected.split(" ")).map(Double::valueOf).toList();
        assertThat(DepartementMapSvg.breaks(unit, shown)).isEqualTo(breaks);
    }

    @Test
    void showsOnlyTheHatchInTheLegendWhenNothingIsKnown() {
        ChoroplethMap empty = new ChoroplethMap("vide", "T", "%", true,
                Territoire.departements().stream().map(BarChartSvgTest::notCommunicated).toList());
        Document svg = parse(MAPS.render(empty));
        assertThat(svg.select("rect[x]").eachAttr("fill")).containsExactly("url(#vide-nc)");
        assertThat(DepartementMapSvg.range(3, List.of(5000.0, 10000.0, 15000.0), "élèves")).isEqualTo("15\u202F000" + NBSP + "élèves ou plus");
    }

    @Test
    void givesEveryFillAndTextEnoughContrast() {
        for (ChoroplethMap map : List.of(sansSolution(), placement())) {
            Document svg = parse(MAPS.render(map));
            List<String> patternColours = svg.select("pattern rect").eachAttr("fill");
            for (Element swatch : svg.select("svg > rect")) {
                if (!swatch.attr("fill").startsWith("url")) {
                    assertThat(contrast(swatch.attr("fill"), "#ffffff")).as("class %s", swatch.attr("fill")).isGreaterThanOrEqualTo(3);
                }
            }
            for (Element label : svg.select("g[data-code]")) {
                Element path = svg.selectFirst("path[data-code=" + label.attr("data-code") + "]");
                List<String> under = path.attr("fill").startsWith("url") ? patternColours : List.of(path.attr("fill"));
                assertThat(label.attr("stroke")).as("halo").isIn(path.attr("fill").startsWith("url") ? List.of("#ffffff") : under);
                for (Element text : label.select("text")) {
                    assertThat(contrast(text.attr("fill"), label.attr("stroke"))).isGreaterThanOrEqualTo(4.5);
                    assertThat(under).allMatch(c -> contrast(text.attr("fill"), c) >= 4.5, text.text() + " on " + under);
                }
            }
            assertThat(svg.select("svg > text").eachAttr("fill")).allMatch(c -> contrast(c, "#ffffff") >= 4.5);
        }
        assertThat(DepartementMapSvg.CLASS_FILLS).allMatch(c -> contrast(c, "#ffffff") >= 3, "≥ 3:1 against white")
                .doesNotHaveDuplicates();
    }

    @Test
    void isLabelledByItsTitleAndADescriptionOfEachDepartement() {
        Element svg = parse(MAPS.render(sansSolution())).selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("sans-solution-title sans-solution-desc");
        assertThat(svg.selectFirst("title#sans-solution-title").text()).isEqualTo(sansSolution().title());
        assertThat(svg.selectFirst("desc#sans-solution-desc").wholeText()).isEqualTo(
                "Calvados" + NBSP + ": non communiqué\u202F; Eure" + NBSP + ": 15" + NBSP + "%\u202F; Manche" + NBSP + ": 6,5" + NBSP
                        + "%\u202F; Orne" + NBSP + ": non communiqué\u202F; Seine-Maritime" + NBSP + ": non communiqué.");
        BarChartSvgTest.assertIdsUniqueAndPrefixed(parse(MAPS.render(sansSolution())), "sans-solution");
        BarChartSvgTest.assertIdsUniqueAndPrefixed(parse(MAPS.render(placement())), "carte-placement");
    }

    @Test
    void isDeterministic() {
        DepartementMapSvg again = new DepartementMapSvg(DepartementOutlines.load(DepartementOutlinesTest.GEOJSON));
        assertThat(again.render(sansSolution())).isEqualTo(MAPS.render(sansSolution()));
    }

    @Test
    void rejectsMapsThatDoNotGiveEachDepartementOnce() {
        List<ShownValue> four = sansSolution().values().subList(0, 4);
        assertThatThrownBy(() -> MAPS.render(new ChoroplethMap("m", "T", "%", true, four)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no value for Seine-Maritime (76)");
        List<ShownValue> withRegion = new java.util.ArrayList<>(sansSolution().values());
        withRegion.add(reported(Territoire.NORMANDIE, 91.77, "91,77 %"));
        assertThatThrownBy(() -> MAPS.render(new ChoroplethMap("m", "T", "%", true, withRegion)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Normandie is not a département");
    }
}
