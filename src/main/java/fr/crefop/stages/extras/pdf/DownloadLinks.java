package fr.crefop.stages.extras.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Completes the download link of the mémento pages once the PDF exists. The template writes the link with the
 * placeholder {@value #PLACEHOLDER}, outside the page's text (so the PDF does not contain its own link); this
 * class replaces it with the PDF's real page count and size: « Télécharger le mémento (PDF, 14 pages, 180 Ko) ».
 */
final class DownloadLinks {

    /** What page.ftl writes inside the link, to be replaced. */
    static final String PLACEHOLDER = "<span class=\"download__details\">(PDF)</span>";

    /** @return whether the page had the placeholder */
    boolean complete(Path page, PdfSummary pdf) {
        try {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            if (!html.contains(PLACEHOLDER)) {
                return false;
            }
            String details = "<span class=\"download__details\">(" + pdf.linkDetails().replace("\u00a0", "&nbsp;") + ")</span>";
            Files.writeString(page, html.replace(PLACEHOLDER, details), StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add the PDF's size to " + page, e);
        }
    }
}
