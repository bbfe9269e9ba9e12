package fr.crefop.stages.stats.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Plane geometry for {@link DepartementOutlines}: rings are arrays of {x, y} points, not closed (last ≠ first). */
final class OutlineGeometry {

    private OutlineGeometry() {
    }

    /** Signed area (shoelace). */
    static double area(double[][] ring) {
        double twice = 0;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            twice += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
        }
        return twice / 2;
    }

    static double[][] toUnits(int[][] tenths) {
        double[][] ring = new double[tenths.length][];
        for (int i = 0; i < tenths.length; i++) {
            ring[i] = new double[] {tenths[i][0] / 10.0, tenths[i][1] / 10.0};
        }
        return ring;
    }

    /** The index of the point farthest from {@code ring[from]}, the first one on ties. */
    static int farthest(double[][] ring, int from) {
        int best = from;
        double bestDistance = -1;
        for (int i = 0; i < ring.length; i++) {
            double distance = Math.hypot(ring[i][0] - ring[from][0], ring[i][1] - ring[from][1]);
            if (distance > bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Douglas–Peucker on an open polyline, keeping both ends. The result does not depend on the direction the line
     * is given in (it is simplified from its lexicographically smaller end), so two neighbours that share a border
     * get the same simplified border.
     */
    static double[][] douglasPeucker(double[][] line, double tolerance) {
        double[] first = line[0];
        double[] last = line[line.length - 1];
        boolean reversed = first[0] > last[0] || (first[0] == last[0] && first[1] > last[1]);
        double[][] ordered = reversed ? reverse(line) : line;
        boolean[] keep = new boolean[ordered.length];
        keep[0] = true;
        keep[ordered.length - 1] = true;
        mark(ordered, 0, ordered.length - 1, tolerance, keep);
        double[][] kept = new double[ordered.length][];
        int count = 0;
        for (int i = 0; i < ordered.length; i++) {
            if (keep[i]) {
                kept[count++] = ordered[i];
            }
        }
        double[][] result = Arrays.copyOf(kept, count);
        return reversed ? reverse(result) : result;
    }

    private static void mark(double[][] line, int from, int to, double tolerance, boolean[] keep) {
        if (to - from < 2) {
            return;
        }
        int index = -1;
        double max = tolerance;
        for (int i = from + 1; i < to; i++) {
            double distance = segmentDistance(line[i], line[from], line[to]);
            if (distance > max) {
                max = distance;
                index = i;
            }
        }
        if (index >= 0) {
            keep[index] = true;
            mark(line, from, index, tolerance, keep);
            mark(line, index, to, tolerance, keep);
        }
    }

    private static double[][] reverse(double[][] line) {
        double[][] reversed = new double[line.length][];
        for (int i = 0; i < line.length; i++) {
            reversed[i] = line[line.length - 1 - i];
        }
        return reversed;
    }

    static double segmentDistance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
    }

    static boolean inside(double[] p, double[][] ring) {
        boolean inside = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            if ((ring[i][1] > p[1]) != (ring[j][1] > p[1])
                    && p[0] < (ring[j][0] - ring[i][0]) * (p[1] - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Distance from a point to the ring's edges. */
    static double clearance(double[] p, double[][] ring) {
        double min = Double.MAX_VALUE;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            min = Math.min(min, segmentDistance(p, ring[j], ring[i]));
        }
        return min;
    }

    /**
     * Where to centre a label: the centroid when it lies inside with at least {@code minClearance} of room,
     * otherwise the point of a 48 × 48 grid over the ring that lies farthest inside (a coarse pole of inaccessibility).
     */
    static double[] labelPoint(double[][] ring, double minClearance) {
        double[] centroid = centroid(ring);
        if (inside(centroid, ring) && clearance(centroid, ring) >= minClearance) {
            return centroid;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : ring) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        double[] best = ring[0];
        double bestClearance = -1;
        for (int row = 1; row < 48; row++) {
            for (int column = 1; column < 48; column++) {
                double[] p = {minX + (maxX - minX) * column / 48, minY + (maxY - minY) * row / 48};
                if (inside(p, ring)) {
                    double room = clearance(p, ring);
                    if (room > bestClearance) {
                        best = p;
                        bestClearance = room;
                    }
                }
            }
        }
        return best;
    }

    /**
     * Moves a label centre sideways to the middle of the room the ring leaves on the rows {@code y − halfHeight},
     * {@code y} and {@code y + halfHeight} around it (a label is wider than tall: this keeps it off the borders).
     */
    static double[] centreOnRows(double[] p, double[][] ring, double halfHeight) {
        double left = -Double.MAX_VALUE;
        double right = Double.MAX_VALUE;
        for (double y : new double[] {p[1] - halfHeight, p[1], p[1] + halfHeight}) {
            List<Double> crossings = new ArrayList<>();
            for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                if ((ring[i][1] > y) != (ring[j][1] > y)) {
                    crossings.add(ring[i][0] + (y - ring[i][1]) * (ring[j][0] - ring[i][0]) / (ring[j][1] - ring[i][1]));
                }
            }
            Collections.sort(crossings);
            for (int k = 0; k + 1 < crossings.size(); k += 2) {
                if (crossings.get(k) <= p[0] && p[0] <= crossings.get(k + 1)) {
                    left = Math.max(left, crossings.get(k));
                    right = Math.min(right, crossings.get(k + 1));
                }
            }
        }
        return left < right && left > -Double.MAX_VALUE && right < Double.MAX_VALUE ? new double[] {(left + right) / 2, p[1]} : p;
    }

    static double[] centroid(double[][] ring) {
        double cx = 0;
        double cy = 0;
        double twiceArea = 0;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
            twiceArea += cross;
            cx += (ring[j][0] + ring[i][0]) * cross;
            cy += (ring[j][1] + ring[i][1]) * cross;
        }
        return new double[] {cx / (3 * twiceArea), cy / (3 * twiceArea)};
    }
}
