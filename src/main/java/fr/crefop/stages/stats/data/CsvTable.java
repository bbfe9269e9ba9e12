package fr.crefop.stages.stats.data;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file as editors save it: UTF-8 with or without BOM, {@code ;} or {@code ,} (or tab) detected from the
 * header line, blank lines ignored, cells trimmed. Each row keeps its line number for messages. A file above
 * {@link DataLimits#MAX_BYTES} or with more than {@link DataLimits#MAX_ROWS} rows is refused (see {@link DataLimits}).
 */
public final class CsvTable {

    /** One data row. */
    public record Row(String file, int line, Map<String, String> cells) {

        public String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * @param file     the file to read
     * @param path     its path for messages, relative to the site folder
     * @param required columns that must be in the header
     * @param optional columns that may be in it; any other column is an error (a typo would hide data)
     */
    public static CsvTable read(Path file, String path, List<String> required, Set<String> optional) {
        String text = decode(file, path);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        List<Row> rows = new ArrayList<>();
        int[] newlines = newlines(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new SiteException("load", Finding.error(path, 1, "csv", "colonne manquante « " + column + " »",
                            "la première ligne doit nommer les colonnes : " + String.join(String.valueOf(delimiter), required)));
                }
            }
            for (String column : header) {
                if (!required.contains(column) && !optional.contains(column)) {
                    throw new SiteException("load", Finding.error(path, 1, "csv", "colonne inconnue « " + column + " »",
                            "colonnes possibles : " + String.join(", ", required) + (optional.isEmpty() ? "" : ", " + String.join(", ", optional))));
                }
            }
            for (CSVRecord record : parser) {
                int line = lineOf(newlines, firstCharacter(text, (int) record.getCharacterPosition()));
                if (rows.size() == DataLimits.MAX_ROWS) {
                    throw DataLimits.tooManyRows(path, line);
                }
                if (record.size() != header.size()) {
                    throw new SiteException("load", Finding.error(path, line, "csv",
                            "la ligne a " + record.size() + " cellules au lieu de " + header.size(),
                            "séparez les " + header.size() + " cellules par « " + delimiter + " » ; mettez entre guillemets une cellule qui contient ce caractère"));
                }
                Map<String, String> cells = new HashMap<>();
                for (String column : header) {
                    cells.put(column, record.get(column));
                }
                rows.add(new Row(path, line, cells));
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new SiteException("load", Finding.error(path, lineFromMessage(e.getMessage()), "csv",
                    "fichier CSV illisible : " + e.getMessage(), "vérifiez les guillemets et les séparateurs de cette ligne"), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new CsvTable(rows);
    }

    private static String decode(Path file, String path) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(DataLimits.readBounded(file, path))).toString();
        } catch (CharacterCodingException e) {
            throw new SiteException("load", Finding.error(path, 1, "encoding", "le fichier n'est pas encodé en UTF-8",
                    "dans le tableur, enregistrez au format « CSV UTF-8 »"));
        }
    }

    /** The header's most frequent separator among ';', ',' and tab. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ';';
        long bestCount = -1;
        for (char candidate : new char[]{';', ',', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static int[] newlines(String text) {
        int[] found = new int[64];
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == found.length) {
                found = java.util.Arrays.copyOf(found, count * 2);
            }
            found[count++] = i;
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /** Skips the blank lines the parser passed over before the record. */
    private static int firstCharacter(String text, int offset) {
        int position = offset;
        while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
            position++;
        }
        return position;
    }

    private static int lineOf(int[] newlines, int offset) {
        int search = java.util.Arrays.binarySearch(newlines, offset);
        return (search >= 0 ? search : -search - 1) + 1;
    }

    private static int lineFromMessage(String message) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("line (\\d+)").matcher(message == null ? "" : message);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
