package fr.crefop.stages.stats.figures;

import fr.crefop.stages.stats.data.DataLimits;
import fr.crefop.stages.stats.data.Territoire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outlines of the five départements, read once from a GeoJSON file (WGS-84 longitude/latitude), projected
 * (equirectangular at 49.2° N: x = lon × cos 49.2°, y = −lat), fitted into a {@value #WIDTH} × {@value #HEIGHT}
 * viewBox, and simplified with Douglas–Peucker. Borders are simplified piece by piece between the points where
 * the neighbours change, so two départements keep exactly the same border (no gaps, no overlaps). Islands and
 * holes under {@value #MIN_RING_AREA} square units are dropped (the islets of Chausey, Tatihou and Tombelaine, the
 * Calvados enclave in the Orne). Immutable: build it once per build and give it to {@link DepartementMapSvg}.
 */
public final class DepartementOutlines {

    /** Where the outlines are, relative to the site's {@code data/} folder. */
    public static final String FILE = "geo/departements-normandie.geojson";
    public static final int WIDTH = 600;
    public static final int HEIGHT = 460;
    private static final double MARGIN = 12;
    /** Douglas–Peucker tolerance in viewBox units (about 1.2 px when the map is shown 600 px wide). */
    private static final double TOLERANCE = 1.2;
    private static final double MIN_RING_AREA = 20;
    private static final double COS_LAT = Math.cos(Math.toRadians(49.2));
    /** A label (name over value) is assumed to take this much room when colliding labels are moved apart. */
    static final double LABEL_HEIGHT = 48;
    static final double LABEL_CHAR_WIDTH = 11;
    private static final double MIN_CLEARANCE = 24;

    /**
     * One département ready to draw.
     *
     * @param path   SVG path data in viewBox units: absolute {@code M}, then relative {@code l} steps of 0.1 unit
     *               precision, {@code z}; one subpath per kept polygon
     * @param labelX the centre of its label, inside its largest polygon
     * @param labelY the centre of its label (between the name line and the value line)
     */
    public record Outline(Territoire departement, String path, double labelX, double labelY) {
    }

    private final Map<Territoire, Outline> outlines;

    private DepartementOutlines(Map<Territoire, Outline> outlines) {
        this.outlines = outlines;
    }

    /**
     * Reads, projects and simplifies; throws {@link IllegalArgumentException} naming the file when it is unusable or
     * larger than {@link DataLimits#MAX_BYTES}.
     */
    public static DepartementOutlines load(Path geojson) {
        String text;
        try {
            byte[] bytes = DataLimits.read(geojson).orElseThrow(() -> new IllegalArgumentException(
                    "contours des départements : " + DataLimits.tooLargeMessage(DataLimits.size(geojson))));
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the département outlines " + geojson + ": " + e.getMessage(), e);
        }
        Map<Territoire, List<double[][]>> rings = GeoJsonRings.read(text, geojson);
        Map<Long, Integer> owners = owners(rings);
        double[] box = boundingBox(rings);
        if (!(box[2] > box[0]) || !(box[3] > box[1])) {
            throw new IllegalArgumentException("Unusable département outlines [" + geojson + "]: all positions are on one line");
        }
        double scale = Math.min((WIDTH - 2 * MARGIN) / (box[2] - box[0]), (HEIGHT - 2 * MARGIN) / (box[3] - box[1]));
        double offsetX = (WIDTH - scale * (box[2] - box[0])) / 2 - scale * box[0];
        double offsetY = (HEIGHT - scale * (box[3] - box[1])) / 2 - scale * box[1];
        Map<Territoire, Outline> result = new EnumMap<>(Territoire.class);
        for (Map.Entry<Territoire, List<double[][]>> entry : rings.entrySet()) {
            List<int[][]> kept = new ArrayList<>();
            for (double[][] ring : entry.getValue()) {
                double[][] projected = new double[ring.length][];
                for (int i = 0; i < ring.length; i++) {
                    projected[i] = new double[] {offsetX + scale * ring[i][0] * COS_LAT, offsetY - scale * ring[i][1]};
                }
                if (Math.abs(OutlineGeometry.area(projected)) >= MIN_RING_AREA) {
                    int[][] simplified = simplify(ring, projected, owners);
                    if (simplified.length >= 3) {
                        kept.add(simplified);
                    }
                }
            }
            if (kept.isEmpty()) {
                throw new IllegalArgumentException("No usable outline for " + entry.getKey().nom() + " (" + entry.getKey().code()
                        + ") [" + geojson + "]: its polygons are empty or too small");
            }
            result.put(entry.getKey(), outline(entry.getKey(), kept));
        }
        return new DepartementOutlines(separateLabels(result));
    }

    /** The outline of one département; Normandie itself has none. */
    public Outline outline(Territoire departement) {
        Outline outline = outlines.get(departement);
        if (outline == null) {
            throw new IllegalArgumentException(departement.nom() + " is not a département: maps show " + Territoire.departements());
        }
        return outline;
    }

    /** The five outlines in code order. */
    public List<Outline> outlines() {
        return List.copyOf(outlines.values());
    }

    /** Total length of the path data, in characters (ASCII, so also bytes). */
    public int pathLength() {
        return outlines.values().stream().mapToInt(o -> o.path().length()).sum();
    }

    private static Map<Long, Integer> owners(Map<Territoire, List<double[][]>> rings) {
        Map<Long, Integer> owners = new HashMap<>();
        rings.forEach((departement, list) -> {
            int bit = 1 << departement.ordinal();
            for (double[][] ring : list) {
                for (double[] point : ring) {
                    owners.merge(key(point), bit, (a, b) -> a | b);
                }
            }
        });
        return owners;
    }

    private static long key(double[] lonLat) {
        return Math.round(lonLat[0] * 1e6) * 1_000_000_000L + Math.round(lonLat[1] * 1e6);
    }

    /** Projected bounding box {minX, minY, maxX, maxY} before scaling. */
    private static double[] boundingBox(Map<Territoire, List<double[][]>> rings) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (List<double[][]> list : rings.values()) {
            for (double[][] ring : list) {
                for (double[] p : ring) {
                    double x = p[0] * COS_LAT;
                    double y = -p[1];
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                }
            }
        }
        return box;
    }

    /**
     * Cuts the ring where its neighbours change (points shared by several départements next to a change), simplifies
     * each piece in a canonical direction so that both neighbours get the same result, and rounds to tenths.
     */
    private static int[][] simplify(double[][] ring, double[][] projected, Map<Long, Integer> owners) {
        int n = ring.length;
        int[] mask = new int[n];
        for (int i = 0; i < n; i++) {
            mask[i] = owners.get(key(ring[i]));
        }
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (Integer.bitCount(mask[i]) > 1 && (mask[i] != mask[(i + n - 1) % n] || mask[i] != mask[(i + 1) % n])) {
                cuts.add(i);
            }
        }
        if (cuts.size() < 2) {
            int start = cuts.isEmpty() ? 0 : cuts.get(0);
            int far = OutlineGeometry.farthest(projected, start);
            cuts = List.of(Math.min(start, far), Math.max(start, far));
        }
        List<int[]> points = new ArrayList<>();
        for (int c = 0; c < cuts.size(); c++) {
            int from = cuts.get(c);
            int to = cuts.get((c + 1) % cuts.size());
            int length = (to - from + n) % n;
            double[][] arc = new double[(length == 0 ? n : length) + 1][];
            for (int k = 0; k < arc.length; k++) {
                arc[k] = projected[(from + k) % n];
            }
            double[][] kept = OutlineGeometry.douglasPeucker(arc, TOLERANCE);
            for (int k = 0; k < kept.length - 1; k++) {
                int[] tenths = {(int) Math.round(kept[k][0] * 10), (int) Math.round(kept[k][1] * 10)};
                if (points.isEmpty() || !Arrays.equals(points.get(points.size() - 1), tenths)) {
                    points.add(tenths);
                }
            }
        }
        if (points.size() > 1 && Arrays.equals(points.get(0), points.get(points.size() - 1))) {
            points.remove(points.size() - 1);
        }
        return points.toArray(new int[0][]);
    }

    private static Outline outline(Territoire departement, List<int[][]> rings) {
        StringBuilder d = new StringBuilder();
        int[][] largest = rings.get(0);
        for (int[][] ring : rings) {
            d.append('M').append(tenths(ring[0][0])).append(' ').append(tenths(ring[0][1])).append('l');
            for (int i = 1; i < ring.length; i++) {
                appendNumber(d, ring[i][0] - ring[i - 1][0], i == 1);
                appendNumber(d, ring[i][1] - ring[i - 1][1], false);
            }
            d.append('z');
            if (Math.abs(OutlineGeometry.area(OutlineGeometry.toUnits(ring))) > Math.abs(OutlineGeometry.area(OutlineGeometry.toUnits(largest)))) {
                largest = ring;
            }
        }
        double[][] shape = OutlineGeometry.toUnits(largest);
        double[] anchor = OutlineGeometry.centreOnRows(OutlineGeometry.labelPoint(shape, MIN_CLEARANCE), shape, LABEL_HEIGHT / 3);
        return new Outline(departement, d.toString(), round(anchor[0]), round(anchor[1]));
    }

    private static void appendNumber(StringBuilder d, int tenths, boolean first) {
        if (!first && tenths >= 0) {
            d.append(' ');
        }
        d.append(tenths(tenths));
    }

    /** 123 → "12.3", −5 → "-0.5", 40 → "4". */
    static String tenths(int value) {
        int abs = Math.abs(value);
        String text = (abs / 10) + (abs % 10 == 0 ? "" : "." + (abs % 10));
        return value < 0 ? "-" + text : text;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Moves a label down when its box would overlap an earlier one (code order), so both stay readable. */
    private static Map<Territoire, Outline> separateLabels(Map<Territoire, Outline> outlines) {
        List<Outline> placed = new ArrayList<>();
        Map<Territoire, Outline> result = new EnumMap<>(Territoire.class);
        for (Outline outline : outlines.values()) {
            Outline moved = outline;
            for (Outline other : placed) {
                double overlapX = (halfWidth(moved) + halfWidth(other)) - Math.abs(moved.labelX() - other.labelX());
                double overlapY = LABEL_HEIGHT - Math.abs(moved.labelY() - other.labelY());
                if (overlapX > 0 && overlapY > 0) {
                    double shift = moved.labelY() >= other.labelY() ? overlapY : -overlapY;
                    moved = new Outline(moved.departement(), moved.path(), moved.labelX(), round(moved.labelY() + shift));
                }
            }
            placed.add(moved);
            result.put(moved.departement(), moved);
        }
        return result;
    }

    private static double halfWidth(Outline outline) {
        return outline.departement().nom().length() * LABEL_CHAR_WIDTH / 2;
    }
}
