package fr.crefop.stages.stats.figures;

import fr.crefop.stages.stats.data.Territoire;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the polygons of the five départements from a GeoJSON FeatureCollection (features with a {@code code}
 * property and a Polygon or MultiPolygon geometry). A small dedicated JSON reader: about ten times faster than a
 * general YAML loader on this file. Rings come back open (the closing point removed), as {lon, lat} pairs.
 * Features of other codes are ignored.
 */
final class GeoJsonRings {

    private static final Object NULL = new Object();

    private final String text;
    private final Path file;
    private int at;

    private GeoJsonRings(String text, Path file) {
        this.text = text;
        this.file = file;
    }

    /** The rings of each département, in code order; every département is present. */
    static Map<Territoire, List<double[][]>> read(String text, Path file) {
        GeoJsonRings reader = new GeoJsonRings(text, file);
        Object root = reader.value();
        reader.skipSpaces();
        if (reader.at < text.length()) {
            throw reader.syntax("unexpected text after the end of the document");
        }
        Map<Territoire, List<double[][]>> rings = new EnumMap<>(Territoire.class);
        List<?> features = reader.list(reader.member(root, "features", "the document"), "features");
        for (int i = 0; i < features.size(); i++) {
            String where = "feature " + (i + 1);
            Object properties = reader.member(features.get(i), "properties", where);
            Object code = reader.member(properties, "code", where + " properties");
            String codeText = code instanceof Double number && number == Math.rint(number) ? String.valueOf(number.longValue()) : String.valueOf(code);
            Optional<Territoire> match = Territoire.ofCode(codeText).filter(Territoire::isDepartement);
            if (match.isEmpty()) {
                continue;
            }
            Territoire departement = match.get();
            if (rings.containsKey(departement)) {
                throw reader.problem("two features have the code " + departement.code() + " (" + departement.nom() + ")");
            }
            rings.put(departement, reader.polygons(reader.member(features.get(i), "geometry", where), where));
        }
        for (Territoire departement : Territoire.departements()) {
            if (!rings.containsKey(departement)) {
                throw reader.problem("no feature has the code " + departement.code() + " (" + departement.nom()
                        + "); the file must hold the five départements 14, 27, 50, 61, 76 with a 'code' property");
            }
        }
        return rings;
    }

    private List<double[][]> polygons(Object geometry, String where) {
        Object type = member(geometry, "type", where + " geometry");
        List<?> coordinates = list(member(geometry, "coordinates", where + " geometry"), where + " coordinates");
        List<?> polygons = switch (String.valueOf(type)) {
            case "Polygon" -> List.of(coordinates);
            case "MultiPolygon" -> coordinates;
            default -> throw problem(where + " has a geometry of type '" + type + "'; expected Polygon or MultiPolygon");
        };
        List<double[][]> rings = new ArrayList<>();
        for (Object polygon : polygons) {
            for (Object ring : list(polygon, where + " polygon")) {
                List<?> positions = list(ring, where + " ring");
                int size = positions.size();
                if (size > 1 && positions.get(0).equals(positions.get(size - 1))) {
                    size--;
                }
                if (size < 3) {
                    throw problem(where + " has a ring of fewer than 3 distinct positions");
                }
                double[][] points = new double[size][];
                for (int k = 0; k < size; k++) {
                    List<?> position = list(positions.get(k), where + " position");
                    if (position.size() < 2 || !(position.get(0) instanceof Double lon) || !(position.get(1) instanceof Double lat)
                            || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                        throw problem(where + " has a position that is not [longitude, latitude] in degrees: " + position);
                    }
                    points[k] = new double[] {lon, lat};
                }
                rings.add(points);
            }
        }
        return rings;
    }

    private Object member(Object object, String name, String where) {
        if (!(object instanceof Map<?, ?> map) || !map.containsKey(name)) {
            throw problem(where + " has no '" + name + "'");
        }
        return map.get(name);
    }

    private List<?> list(Object value, String what) {
        if (!(value instanceof List<?> list)) {
            throw problem(what + " is not an array");
        }
        return list;
    }

    private IllegalArgumentException problem(String message) {
        return new IllegalArgumentException("Unusable département outlines [" + file + "]: " + message);
    }

    private IllegalArgumentException syntax(String message) {
        int line = 1;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new IllegalArgumentException("Malformed GeoJSON [" + file + ":" + line + "]: " + message
                + " (character " + (at + 1) + "); check the file is valid JSON");
    }

    private Object value() {
        skipSpaces();
        if (at >= text.length()) {
            throw syntax("unexpected end of the file");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> members = new LinkedHashMap<>();
        at++;
        if (next() == '}') {
            at++;
            return members;
        }
        do {
            if (next() != '"') {
                throw syntax("expected a quoted member name");
            }
            String name = string();
            expect(':');
            members.put(name, value());
        } while (separator('}'));
        return members;
    }

    private List<Object> array() {
        List<Object> items = new ArrayList<>();
        at++;
        if (next() == ']') {
            at++;
            return items;
        }
        do {
            items.add(value());
        } while (separator(']'));
        return items;
    }

    /** After an item: true on ',' (more items), false on the closing character. */
    private boolean separator(char close) {
        char c = next();
        at++;
        if (c == ',') {
            return true;
        }
        if (c == close) {
            return false;
        }
        at--;
        throw syntax("expected ',' or '" + close + "'");
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\' && at < text.length()) {
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw syntax("incomplete \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        } catch (NumberFormatException e) {
                            throw syntax("bad \\u escape");
                        }
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            } else {
                out.append(c);
            }
        }
        throw syntax("unterminated string");
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw syntax("unexpected character '" + text.charAt(at) + "'");
        }
        at += word.length();
        return value;
    }

    private Double number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        try {
            return Double.valueOf(text.substring(start, at));
        } catch (NumberFormatException e) {
            at = start;
            throw syntax("unexpected character '" + text.charAt(start) + "'");
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw syntax("expected '" + c + "'");
        }
        at++;
    }

    private char next() {
        skipSpaces();
        if (at >= text.length()) {
            throw syntax("unexpected end of the file");
        }
        return text.charAt(at);
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
