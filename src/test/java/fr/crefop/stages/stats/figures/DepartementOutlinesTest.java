package fr.crefop.stages.stats.figures;

import fr.crefop.stages.stats.data.Territoire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real outlines (data/geo, IGN Admin Express COG 2018) and broken GeoJSON files. */
class DepartementOutlinesTest {

    static final Path GEOJSON = Path.of(System.getProperty("basedir", ".")).resolve("data/geo/departements-normandie.geojson");
    private static final Pattern TOKEN = Pattern.compile("[Mlz]|-?\\d*\\.?\\d+");

    @Test
    void givesTheFiveDepartementsInCodeOrder() {
        DepartementOutlines outlines = DepartementOutlines.load(GEOJSON);
        assertThat(outlines.outlines()).extracting(o -> o.departement().code()).containsExactly("14", "27", "50", "61", "76");
        assertThat(outlines.outlines()).allSatisfy(o -> assertThat(o.path()).startsWith("M").endsWith("z").matches("[Mlz0-9. -]+"));
        assertThat(outlines.outline(Territoire.EURE).departement()).isEqualTo(Territoire.EURE);
        assertThatThrownBy(() -> outlines.outline(Territoire.NORMANDIE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsThePathDataUnderEightKilobytes() {
        DepartementOutlines outlines = DepartementOutlines.load(GEOJSON);
        int bytes = outlines.outlines().stream().mapToInt(o -> o.path().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        System.out.println("Outlines: " + bytes + " bytes of path data");
        assertThat(bytes).isEqualTo(outlines.pathLength()).isLessThan(8 * 1024).isGreaterThan(4 * 1024);
    }

    @Test
    void dropsTinyIslandsButKeepsOneShapePerMainland() {
        DepartementOutlines outlines = DepartementOutlines.load(GEOJSON);
        assertThat(outlines.outlines()).allSatisfy(o -> assertThat(o.path().chars().filter(c -> c == 'M').count()).isEqualTo(1));
    }

    @Test
    void loadsTheSameOutlinesEveryTime() {
        assertThat(DepartementOutlines.load(GEOJSON).outlines()).isEqualTo(DepartementOutlines.load(GEOJSON).outlines());
    }

    @Test
    void loadsWellUnderAHundredMillisecondsOnceWarm() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            DepartementOutlines.load(GEOJSON);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("Outlines: best warm load + simplify %.1f ms%n", best / 1e6);
        assertThat(best / 1e6).isLessThan(100);
    }

    @Test
    void anchorsEachLabelInsideItsDepartementWithoutOverlaps() {
        List<DepartementOutlines.Outline> outlines = DepartementOutlines.load(GEOJSON).outlines();
        for (DepartementOutlines.Outline outline : outlines) {
            assertThat(shape(outline.path()).contains(outline.labelX(), outline.labelY())).as(outline.departement().nom()).isTrue();
            assertThat(outline.labelX()).isBetween(0.0, (double) DepartementOutlines.WIDTH);
            assertThat(outline.labelY()).isBetween(0.0, (double) DepartementOutlines.HEIGHT);
        }
        for (int i = 0; i < outlines.size(); i++) {
            for (int j = i + 1; j < outlines.size(); j++) {
                DepartementOutlines.Outline a = outlines.get(i);
                DepartementOutlines.Outline b = outlines.get(j);
                double halfWidths = (a.departement().nom().length() + b.departement().nom().length()) * DepartementOutlines.LABEL_CHAR_WIDTH / 2;
                boolean overlap = Math.abs(a.labelX() - b.labelX()) < halfWidths
                        && Math.abs(a.labelY() - b.labelY()) < DepartementOutlines.LABEL_HEIGHT;
                assertThat(overlap).as("%s and %s labels overlap", a.departement(), b.departement()).isFalse();
            }
        }
    }

    @Test
    void simplifiesSharedBordersIdenticallyOnBothSides() {
        List<DepartementOutlines.Outline> outlines = DepartementOutlines.load(GEOJSON).outlines();
        for (int i = 0; i < outlines.size(); i++) {
            for (int j = i + 1; j < outlines.size(); j++) {
                Area overlap = new Area(shape(outlines.get(i).path()));
                overlap.intersect(new Area(shape(outlines.get(j).path())));
                assertThat(area(overlap)).as("%s overlapping %s", outlines.get(i).departement(), outlines.get(j).departement())
                        .isLessThan(0.5);
            }
        }
    }

    private static double area(Area shape) {
        double total = 0;
        double[] c = new double[6];
        double startX = 0;
        double startY = 0;
        double x = 0;
        double y = 0;
        for (PathIterator it = shape.getPathIterator(null, 0.1); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                startX = c[0];
                startY = c[1];
            } else {
                double nx = type == PathIterator.SEG_CLOSE ? startX : c[0];
                double ny = type == PathIterator.SEG_CLOSE ? startY : c[1];
                total += x * ny - nx * y;
                c[0] = nx;
                c[1] = ny;
            }
            x = c[0];
            y = c[1];
        }
        return Math.abs(total / 2);
    }

    @Test
    void fitsTheViewBoxWithAMargin() {
        for (DepartementOutlines.Outline outline : DepartementOutlines.load(GEOJSON).outlines()) {
            var bounds = shape(outline.path()).getBounds2D();
            assertThat(bounds.getMinX()).isGreaterThanOrEqualTo(5);
            assertThat(bounds.getMinY()).isGreaterThanOrEqualTo(5);
            assertThat(bounds.getMaxX()).isLessThanOrEqualTo(DepartementOutlines.WIDTH - 5);
            assertThat(bounds.getMaxY()).isLessThanOrEqualTo(DepartementOutlines.HEIGHT - 5);
        }
    }

    @Test
    void loadsAnySmallValidFileWithStringOrNumberCodes(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("carres.geojson");
        Files.writeString(file, collection(feature("14", square(0)), feature("27", square(1)), feature("50", square(2)),
                feature("61", square(3)), feature("76", square(4)), feature("35", square(5))).replace("\"76\"", "76"));
        assertThat(DepartementOutlines.load(file).outlines()).hasSize(5);
    }

    static Stream<Arguments> brokenFiles() {
        String valid = collection(feature("14", square(0)), feature("27", square(1)), feature("50", square(2)),
                feature("61", square(3)), feature("76", square(4)));
        return Stream.of(
                Arguments.of("not JSON at all", "Malformed GeoJSON"),
                Arguments.of(valid.substring(0, valid.length() - 3), "Malformed GeoJSON"),
                Arguments.of(valid.replace("\"features\"", "\"elements\""), "has no 'features'"),
                Arguments.of(collection(feature("14", square(0)), feature("27", square(1)), feature("50", square(2)),
                        feature("76", square(4))), "no feature has the code 61 (Orne)"),
                Arguments.of(valid.replace("\"code\": \"27\"", "\"code\": \"14\""), "two features have the code 14"),
                Arguments.of(valid.replace("\"Polygon\"", "\"Point\""), "type 'Point'"),
                Arguments.of(valid.replace("[0.5, 49.0]", "[\"x\", 49.0]"), "not [longitude, latitude]"),
                Arguments.of(valid.replace("\"properties\"", "\"props\""), "has no 'properties'"));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void rejectsBrokenFilesNamingThem(String content, String expected, @TempDir Path folder) throws IOException {
        Path file = folder.resolve("contours.geojson");
        Files.writeString(file, content);
        assertThatThrownBy(() -> DepartementOutlines.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(expected);
    }

    @Test
    void givesTheLineOfASyntaxError(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("contours.geojson");
        Files.writeString(file, "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [ } ]\n}");
        assertThatThrownBy(() -> DepartementOutlines.load(file)).hasMessageContaining(file + ":3]");
    }

    @Test
    void reportsAMissingFileByName(@TempDir Path folder) {
        Path file = folder.resolve("absent.geojson");
        assertThatThrownBy(() -> DepartementOutlines.load(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString());
    }

    private static String collection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",\n", features) + "]}";
    }

    private static String feature(String code, String polygon) {
        return "{\"type\": \"Feature\", \"properties\": {\"code\": \"" + code + "\", \"nom\": \"D\\u00e9p " + code + "\"},"
                + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [" + polygon + "]}}";
    }

    /** A 0.5° square at longitude −1.5 + i × 0.5 (Normandie-sized, one per département). */
    private static String square(int i) {
        double x = -1.5 + i * 0.5;
        return "[[%s, 49.0], [%s, 49.5], [%s, 49.5], [%s, 49.0], [%s, 49.0]]".formatted(x, x, x + 0.5, x + 0.5, x);
    }

    /** Reads our own path syntax (M x y, then relative l steps, z) back into a shape. */
    static Path2D shape(String d) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        Matcher tokens = TOKEN.matcher(d);
        List<String> list = new ArrayList<>();
        while (tokens.find()) {
            list.add(tokens.group());
        }
        double x = 0;
        double y = 0;
        for (int i = 0; i < list.size(); ) {
            String token = list.get(i);
            if (token.equals("M")) {
                x = Double.parseDouble(list.get(i + 1));
                y = Double.parseDouble(list.get(i + 2));
                path.moveTo(x, y);
                i += 3;
            } else if (token.equals("z")) {
                path.closePath();
                i++;
            } else if (token.equals("l")) {
                i++;
            } else {
                x += Double.parseDouble(token);
                y += Double.parseDouble(list.get(i + 1));
                path.lineTo(x, y);
                i += 2;
            }
        }
        return path;
    }
}
