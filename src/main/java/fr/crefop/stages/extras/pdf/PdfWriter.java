package fr.crefop.stages.extras.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.logging.Level;

/**
 * Renders the assembled document to a tagged PDF (PDF/UA) with openhtmltopdf, the text set in Liberation Sans
 * (embedded, subset). Same document, same bytes: the dates and the document id come from the content date,
 * never from the clock.
 */
final class PdfWriter {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final String PRODUCER = "Mémento Stages (openhtmltopdf, Apache PDFBox)";
    /** Raise it when a change here changes the PDF for the same document (the previous PDF is then not reused). */
    private static final String VERSION = "openhtmltopdf 1.1.65, PDF/UA, 1";

    private final byte[] regular;
    private final byte[] bold;

    PdfWriter() {
        this.regular = resource("/fonts/LiberationSans-Regular.ttf");
        this.bold = resource("/fonts/LiberationSans-Bold.ttf");
    }

    /** A finished PDF, its number of pages and what openhtmltopdf had to say about it (warnings and errors only). */
    record Rendered(byte[] bytes, int pages, List<String> problems) {
        Rendered {
            problems = List.copyOf(problems);
        }
    }

    /**
     * What the PDF is made from, as a SHA-256: the document (text, stylesheet), its date, the fonts and the version
     * of this writer. Same fingerprint, same PDF.
     */
    String fingerprint(Document html, LocalDate contentDate) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((VERSION + "\n" + contentDate + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(regular);
            sha.update(bold);
            sha.update(html.outerHtml().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    Rendered write(Document html, LocalDate contentDate, String fingerprint) {
        List<String> problems = new ArrayList<>();
        silenceLibraryLog();
        try (PDDocument pdf = new PDDocument();
             TrueTypeFont regularFont = parse(regular);
             TrueTypeFont boldFont = parse(bold)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            builder.usePdfUaAccessibility(true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, regularFont, true)), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, boldFont, true)), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withProducer(PRODUCER);
            // the document is self-contained: nothing is fetched, from the disk or the network
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withDiagnosticConsumer(d -> record(d, problems));
            builder.withW3cDocument(new W3CDom().fromJsoup(html), "about:blank");
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            Calendar date = calendar(contentDate);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setCreationDate(date);
            info.setModificationDate(date);
            info.setCreator(PRODUCER);
            info.setCustomMetadataValue(PreviousPdf.KEY, fingerprint);
            pdf.setDocumentId(date.getTimeInMillis());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return new Rendered(out.toByteArray(), pdf.getNumberOfPages(), problems);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the mémento PDF", e);
        }
    }

    /**
     * Makes a PDF of a one-chapter book with the same stylesheet and throws it away: the renderer's classes are then
     * loaded and initialised before the real PDF is made, on the PDF's own thread while the pages are baked.
     * Nothing is written anywhere, and the next PDF has the same bytes (tested).
     */
    void warmUp(String css) {
        Element body = Jsoup.parseBodyFragment(WARM_UP_TEXT).body();
        PdfBook.Cover cover = new PdfBook.Cover("Site", "Mémento", "Pour les entreprises.", "Éditeur", "",
                Optional.of(LocalDate.EPOCH));
        Document book = new PdfBook(css).assemble(cover, List.of(new Chapter("chapitre", "Chapitre", Optional.empty(), body)));
        write(book, LocalDate.EPOCH, "");
    }

    /** A little of everything a mémento page has: headings, lists, a link, a callout, a table, a checklist. */
    private static final String WARM_UP_TEXT = """
            <h2 id="titre">Titre</h2><p>Un <strong>texte</strong> avec <a href="#titre">un lien</a> et « 3ᵉ ».</p>
            <ul><li>Un</li><li>Deux</li></ul><ol><li>Premier</li></ol><dl><dt>Terme</dt><dd>Définition</dd></dl>
            <aside class="callout callout--attention"><p class="callout__title">Attention</p><p>Encadré.</p></aside>
            <table><caption>Tableau</caption><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead>
            <tbody><tr><th scope="row">1</th><td>2</td></tr></tbody></table>
            <ul class="checklist"><li class="checklist__item"><span class="checklist__box"></span>Case</li></ul>
            """;

    /**
     * The font, without its glyph substitutions (GSUB): PDFBox applies them with a regular expression per line of
     * text, which made the PDF ten times slower to write; the text needs none (no ligature: « fi » stays two
     * letters, and copies and searches as such).
     */
    private static TrueTypeFont parse(byte[] font) throws IOException {
        TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
        parsed.setEnableGsub(false);
        return parsed;
    }

    /**
     * openhtmltopdf logs through java.util.logging to the console by default; its messages reach the build through
     * {@link #record} instead. (XRLog is the library's own global setting; setting it again changes nothing.)
     */
    private static void silenceLibraryLog() {
        if (!(XRLog.getLoggerImpl() instanceof SilentLog)) {
            XRLog.setLoggerImpl(new SilentLog());
        }
    }

    private static final class SilentLog implements XRLogger {
        @Override
        public void log(String where, Level level, String message) {
            // reported through the diagnostic consumer
        }

        @Override
        public void log(String where, Level level, String message, Throwable error) {
            // reported through the diagnostic consumer
        }

        @Override
        public void setLevel(String logger, Level level) {
            // nothing to set
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }

    private static void record(Diagnostic diagnostic, List<String> problems) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            synchronized (problems) {
                problems.add(diagnostic.getFormattedMessage());
            }
        }
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return calendar;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " (the PDF's font, in src/main/resources)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
