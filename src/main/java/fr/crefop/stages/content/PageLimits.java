package fr.crefop.stages.content;

import fr.crefop.stages.diag.Finding;

import java.util.Locale;
import java.util.Optional;

/**
 * The limits a page must stay within, checked cheaply before the page is parsed, so that a hostile or broken file is
 * refused with a clear message instead of exhausting the memory or the stack of the build:
 * <ul>
 *   <li>at most {@value #MAX_BYTES} bytes (1 Mo) of Markdown, checked before the file is read;</li>
 *   <li>at most {@value #MAX_DEPTH} levels of nesting on a line: quotes {@code >} and list markers opened on the line,
 *       plus one level per two columns of indentation;</li>
 *   <li>at most {@value #MAX_MARKER_RUN} formatting signs in a row ({@code * _ - + ~ > `}, spaces between them
 *       ignored): longer runs make the Markdown parser recurse once per sign.</li>
 * </ul>
 * Lines inside fenced code blocks are not measured (they are never parsed as Markdown).
 */
public final class PageLimits {

    public static final long MAX_BYTES = 1024 * 1024;
    public static final int MAX_DEPTH = 100;
    public static final int MAX_MARKER_RUN = 200;
    /**
     * Lines of one block without a blank line (a paragraph, a table, a list): flexmark gathers a block's lines at a
     * cost that grows with the square of their number (a 40,000-row table took 17 s).
     */
    public static final int MAX_BLOCK_LINES = 2000;
    static final String NESTING_HINT = "réduisez l'imbrication : au plus " + MAX_DEPTH
            + " niveaux de citations « > » et de listes, et au plus " + MAX_MARKER_RUN + " signes de mise en forme à la suite";
    private static final String MARKERS = "*_-+~>`";

    private PageLimits() {
    }

    /** An error when a file of {@code bytes} bytes is too big to be a page. */
    public static Optional<Finding> size(String path, long bytes) {
        if (bytes <= MAX_BYTES) {
            return Optional.empty();
        }
        return Optional.of(Finding.error(path, 0, "size", "la page fait " + megabytes(bytes)
                        + " : au-delà de 1 Mo de Markdown, une page est refusée",
                "découpez-la en plusieurs pages, ou publiez les données en fichier à télécharger (CSV, PDF)"));
    }

    /** The first line of {@code body} that is nested too deeply, as an error. */
    public static Optional<Finding> nesting(String path, String body, int bodyLine) {
        boolean fenced = false;
        int number = bodyLine;
        int blockStart = bodyLine;
        int blockLines = 0;
        for (String line : (Iterable<String>) body.lines()::iterator) {
            String stripped = line.stripLeading();
            blockLines = stripped.isEmpty() ? 0 : blockLines + 1;
            if (blockLines == 1) {
                blockStart = number;
            } else if (blockLines > MAX_BLOCK_LINES) {
                return Optional.of(Finding.error(path, blockStart, "size", "le bloc qui commence à cette ligne (tableau,"
                        + " paragraphe ou liste) fait plus de " + MAX_BLOCK_LINES + " lignes sans ligne vide",
                        "découpez-le en plusieurs tableaux ou paragraphes ; de longues séries de chiffres vont dans data/"));
            }
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced) {
                int depth = depth(line);
                if (depth > MAX_DEPTH) {
                    return Optional.of(Finding.error(path, number, "nesting", "la page est trop imbriquée : " + depth
                            + " niveaux de citations ou de listes sur cette ligne (au plus " + MAX_DEPTH + ")", NESTING_HINT));
                }
                int run = longestMarkerRun(line);
                if (run > MAX_MARKER_RUN) {
                    return Optional.of(Finding.error(path, number, "nesting", "la page est trop imbriquée : " + run
                            + " signes de mise en forme à la suite sur cette ligne (au plus " + MAX_MARKER_RUN + ")", NESTING_HINT));
                }
            }
            number++;
        }
        return Optional.empty();
    }

    /** Leading indentation (two columns a level) plus the quote and list markers that open the line. */
    static int depth(String line) {
        int i = 0;
        int columns = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            columns = line.charAt(i) == '\t' ? columns + 4 - columns % 4 : columns + 1;
            i++;
        }
        int markers = 0;
        while (i < line.length()) {
            int next = marker(line, i);
            if (next < 0) {
                break;
            }
            markers++;
            i = next;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
        }
        return columns / 2 + markers;
    }

    /** The index after a quote or list marker starting at {@code i}, or -1. */
    private static int marker(String line, int i) {
        char c = line.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        if ((c == '-' || c == '*' || c == '+') && (i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)))) {
            return i + 1;
        }
        int j = i;
        while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j))) {
            j++;
        }
        if (j > i && j < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')')
                && (j + 1 == line.length() || Character.isWhitespace(line.charAt(j + 1)))) {
            return j + 1;
        }
        return -1;
    }

    /** The longest run of formatting signs, spaces between them ignored. */
    static int longestMarkerRun(String line) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (MARKERS.indexOf(c) >= 0) {
                run++;
                longest = Math.max(longest, run);
            } else if (c != ' ' && c != '\t') {
                run = 0;
            }
        }
        return longest;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.FRANCE, "%.1f Mo", bytes / (1024.0 * 1024.0));
    }
}
