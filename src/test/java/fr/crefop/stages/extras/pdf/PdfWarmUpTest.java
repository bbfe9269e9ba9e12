package fr.crefop.stages.extras.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Warming the writer up changes no byte of the PDF it makes next; the page count comes from the renderer. */
class PdfWarmUpTest {

    @Test
    void aWarmedUpWriterMakesTheSameBytes() throws IOException {
        String css = css();
        LocalDate date = LocalDate.of(2026, 3, 2);
        PdfWriter.Rendered cold = new PdfWriter().write(book(css), date, "empreinte");
        PdfWriter warm = new PdfWriter();
        warm.warmUp(css);
        PdfWriter.Rendered after = warm.write(book(css), date, "empreinte");
        assertThat(after.bytes()).isEqualTo(cold.bytes());
        assertThat(after.pages()).isEqualTo(cold.pages());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(after.bytes())) {
            assertThat(after.pages()).isEqualTo(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
    }

    private static Document book(String css) {
        PdfBook.Cover cover = new PdfBook.Cover("Stages", "Le mémento", "Pour les entreprises.", "Le groupe de travail", "",
                Optional.of(LocalDate.of(2026, 3, 2)));
        return new PdfBook(css).assemble(cover, List.of(
                new Chapter("memento", "Le mémento", Optional.empty(), Jsoup.parseBodyFragment("<p>« Trois signatures » : 50 €.</p>").body()),
                new Chapter("faq", "Questions", Optional.of(LocalDate.of(2026, 3, 2)),
                        Jsoup.parseBodyFragment("<h2 id=\"qui\">Qui signe ?</h2><ul><li>L'entreprise</li><li>L'élève</li></ul>").body())));
    }

    private static String css() throws IOException {
        try (InputStream in = MementoPdf.class.getResourceAsStream("memento-pdf.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
