package fr.crefop.stages.extras.pdf;

import fr.crefop.stages.config.SiteConfig;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mémento as one PDF ({@value #FILE}), made from the mémento pages the build has just written: the same
 * corrected text, in the site's reading order (the section's page, then its pages by {@code order}). Then each
 * mémento page's download link gets the PDF's page count and size.
 */
public final class MementoPdf {

    /** The section the PDF gathers. */
    public static final String SECTION = "/memento/";
    /** The PDF, relative to the output folder. */
    public static final String FILE = "memento/memento-entreprises.pdf";
    /**
     * Set to 1 by the launcher (target/memento) while it records its class cache: the PDF's writer is then warmed up
     * even when the previous PDF will be reused, so that the cache holds the renderer's classes. Changes no output.
     */
    static final String TRAINING = "MEMENTO_CACHE_TRAINING";

    private final SiteConfig config;
    private final SiteIndex index;

    public MementoPdf(SiteConfig config, SiteIndex index) {
        this.config = config;
        this.index = index;
    }

    /** The files the PDF's job will add, for the link check that runs before it; none if the site has no mémento. */
    public Set<String> plannedFiles() {
        return pages().isEmpty() ? Set.of() : Set.of(FILE);
    }

    /**
     * Starts the PDF's work on its own thread (see {@link PdfJob}); nothing runs when the site has no mémento or
     * {@code wanted} is false. When the previous build left no PDF (first build, empty output folder, or
     * {@value #TRAINING} set by the launcher while it records its class cache), the writer is warmed up at once,
     * while the pages are baked: the fonts read and the renderer's classes loaded with a one-page document. When
     * there is a previous PDF, most often reused as it is, the warm-up would be wasted work and is left out.
     *
     * @param previous the folder of the previous build
     */
    public PdfJob prepare(boolean wanted, Optional<Path> previous) {
        if (!wanted || pages().isEmpty()) {
            return PdfJob.none();
        }
        boolean warmUp = previous.map(p -> !Files.isRegularFile(contained(p, FILE))).orElse(true)
                || "1".equals(System.getenv(TRAINING));
        return PdfJob.start(() -> {
            PdfWriter writer = new PdfWriter();
            if (warmUp) {
                writer.warmUp(css());
            }
            return writer;
        }, this::write);
    }

    /**
     * Writes the PDF into the output folder and completes the mémento pages' download links (on the job's thread).
     *
     * @param writer   the writer, maybe warmed up
     * @param folder   the output folder being built
     * @param previous the folder of the previous build, whose PDF is reused if made from the same text
     * @return the PDF written; empty when the site has no mémento section
     */
    private Optional<PdfSummary> write(PdfWriter writer, Path folder, Optional<Path> previous) {
        List<SourcePage> pages = pages();
        if (pages.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> anchors = new LinkedHashMap<>();
        for (SourcePage page : pages) {
            anchors.put(url(page), anchor(page));
        }
        ChapterReader reader = new ChapterReader(new PdfLinks(anchors, config.url()));
        List<Chapter> chapters = new ArrayList<>();
        for (SourcePage page : pages) {
            chapters.add(reader.read(contained(folder, page.outputFile()), anchors.get(url(page)), url(page)));
        }
        Optional<LocalDate> contentDate = chapters.stream().flatMap(c -> c.date().stream()).max(Comparator.naturalOrder());
        SourcePage section = pages.get(0);
        PdfBook.Cover cover = new PdfBook.Cover(config.title(), section.title(), section.frontMatter().description(),
                config.publisher(), config.url().isEmpty() ? "" : stripSlash(config.url()) + SECTION, contentDate);
        Document html = new PdfBook(css()).assemble(cover, chapters);
        new PdfTypography().apply(html);
        LocalDate date = contentDate.orElse(LocalDate.EPOCH);
        String fingerprint = writer.fingerprint(html, date);

        Path target = contained(folder, FILE);
        Optional<PreviousPdf.Reusable> reusable = previous.flatMap(p -> new PreviousPdf().find(contained(p, FILE), fingerprint));
        PdfSummary summary;
        byte[] bytes;
        if (reusable.isPresent()) {
            bytes = reusable.get().bytes();
            summary = new PdfSummary(FILE, reusable.get().pages(), bytes.length, List.of(), true);
        } else {
            PdfWriter.Rendered rendered = writer.write(html, date, fingerprint);
            bytes = rendered.bytes();
            summary = new PdfSummary(FILE, rendered.pages(), bytes.length, rendered.problems(), false);
        }
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
        DownloadLinks links = new DownloadLinks();
        for (SourcePage page : pages) {
            links.complete(contained(folder, page.outputFile()), summary);
        }
        return Optional.of(summary);
    }

    /** The section's page first, then the pages under it, depth first, each level in its {@code order}. */
    private List<SourcePage> pages() {
        List<SourcePage> pages = new ArrayList<>();
        index.byAddress(SECTION).ifPresent(section -> {
            pages.add(section);
            addChildren(SECTION, pages);
        });
        return pages;
    }

    private void addChildren(String address, List<SourcePage> pages) {
        for (SourcePage child : index.children(address)) {
            pages.add(child);
            addChildren(child.address(), pages);
        }
    }

    private String url(SourcePage page) {
        return config.basePath() + page.address().substring(1);
    }

    /** {@code memento} for the section's page, {@code faq} for {@code /memento/faq/}, {@code a-b} for {@code /memento/a/b/}. */
    private static String anchor(SourcePage page) {
        String rest = page.address().substring(SECTION.length());
        return rest.isEmpty() ? "memento" : stripSlash(rest).replace('/', '-');
    }

    private static String stripSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static Path contained(Path folder, String relative) {
        Path root = folder.toAbsolutePath().normalize();
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalStateException("The PDF step would leave the output folder: " + relative);
        }
        return file;
    }

    private static String css() {
        try (InputStream in = MementoPdf.class.getResourceAsStream("memento-pdf.css")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource memento-pdf.css next to " + MementoPdf.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read memento-pdf.css", e);
        }
    }
}
