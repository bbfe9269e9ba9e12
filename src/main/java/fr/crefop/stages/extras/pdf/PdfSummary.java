package fr.crefop.stages.extras.pdf;

import java.util.List;
import java.util.Locale;

/**
 * The PDF the build wrote.
 *
 * @param path     its file, relative to the output folder
 * @param pages    its number of pages, read from the file
 * @param bytes    its size
 * @param problems what openhtmltopdf warned about (empty when all went well)
 * @param reused   whether the previous build's PDF was kept, being made from the same text
 */
public record PdfSummary(String path, int pages, long bytes, List<String> problems, boolean reused) {

    public PdfSummary {
        problems = List.copyOf(problems);
    }

    /** « PDF, 14 pages, 180 Ko », as the download link says it. */
    public String linkDetails() {
        return "PDF, " + pages + "\u00a0page" + (pages > 1 ? "s" : "") + ", " + size(bytes);
    }

    /** The build log's line: « PDF du mémento : 43 pages, 453 Ko », « (inchangé) » when the previous PDF was kept. */
    public String logLine() {
        return "PDF du mémento : " + linkDetails().substring("PDF, ".length()).replace('\u00a0', ' ')
                + (reused ? " (inchangé)" : "");
    }

    /**
     * A size as a French reader expects it: « 850 octets », « 180 Ko », « 1,2 Mo » (1 Ko = 1 024 octets, rounded up as
     * the open-data downloads are).
     */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + "\u00a0octet" + (bytes > 1 ? "s" : "");
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + "\u00a0Ko";
        }
        return String.format(Locale.FRANCE, "%.1f", bytes / (1024.0 * 1024.0)) + "\u00a0Mo";
    }
}
