package fr.crefop.stages.stats.data;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Size limits of the statistics input, so that a mistaken export (a whole national database, a file filled by a
 * script) stops the build with a clear message instead of filling the memory. The site's own CSV files are under 1 Ko,
 * its outlines under 200 Ko.
 */
public final class DataLimits {

    /** At most this many data rows in one CSV file of {@code data/statistiques/}. */
    public static final int MAX_ROWS = 100_000;
    /** At most this many bytes in one statistics CSV file or in the outlines' GeoJSON file: 10 Mo. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String MAX_BYTES_TEXT = "10 Mo";
    static final String MAX_ROWS_TEXT = "100 000";

    private DataLimits() {
    }

    /**
     * Reads a whole file of at most {@link #MAX_BYTES} bytes; never reads more than that (a file that grows while it
     * is read is caught too).
     *
     * @param path the file's path for messages, relative to the site folder
     * @throws SiteException at line 0 of the file when it is too large
     */
    public static byte[] readBounded(Path file, String path) {
        try {
            return read(file).orElseThrow(() -> tooLarge(path, size(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The bytes of a file of at most {@link #MAX_BYTES}, or empty when it is larger (reading at most one byte more). */
    public static Optional<byte[]> read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
        }
    }

    /** « fichier trop volumineux (12 345 678 octets) : la limite est de 10 Mo (10 485 760 octets) ». */
    public static String tooLargeMessage(long bytes) {
        return "fichier trop volumineux (" + grouped(bytes) + " octets) : la limite est de " + MAX_BYTES_TEXT + " ("
                + grouped(MAX_BYTES) + " octets)";
    }

    /** The size of a file that is known to exist, for messages; the limit + 1 when it cannot be read any more. */
    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return MAX_BYTES + 1;
        }
    }

    /** The finding for a CSV file whose data row at {@code line} is one row too many. */
    static SiteException tooManyRows(String path, int line) {
        return new SiteException("load", Finding.error(path, line, "limite",
                "trop de lignes : la limite est de " + MAX_ROWS_TEXT + " lignes de données par fichier, cette ligne la dépasse",
                "vérifiez que c'est bien le bon fichier ; sinon répartissez les lignes dans plusieurs fichiers .csv du dossier "
                        + "(par exemple un par campagne)"));
    }

    private static SiteException tooLarge(String path, long bytes) {
        return new SiteException("load", Finding.error(path, 0, "limite", tooLargeMessage(bytes),
                "vérifiez que c'est bien le bon fichier (un export complet n'a pas sa place ici) ; sinon répartissez les lignes "
                        + "dans plusieurs fichiers .csv du dossier (par exemple un par campagne)"));
    }

    private static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number).replace(',', ' ');
    }
}
