package fr.crefop.stages.extras.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The PDF of the previous build, reused when it was made from the same text: the PDF is deterministic, so the same
 * input would give the same bytes. Its input's fingerprint is kept in its own metadata ({@value #KEY}).
 */
final class PreviousPdf {

    /** The document information entry holding the fingerprint of what the PDF was made from. */
    static final String KEY = "MementoSource";

    /** A reusable PDF: its bytes and page count. */
    record Reusable(byte[] bytes, int pages) {
    }

    /**
     * @param file        the PDF published by the previous build (may not exist)
     * @param fingerprint the fingerprint of this build's input
     * @return the previous PDF when it was made from the same input; empty otherwise, or when it cannot be read
     */
    Optional<Reusable> find(Path file, String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                if (fingerprint.equals(pdf.getDocumentInformation().getCustomMetadataValue(KEY))) {
                    return Optional.of(new Reusable(bytes, pdf.getNumberOfPages()));
                }
            }
        } catch (IOException e) {
            // unreadable: made again, as if there were none
        }
        return Optional.empty();
    }
}
