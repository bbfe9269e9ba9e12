package fr.crefop.stages.pipeline;

import fr.crefop.stages.diag.IoFailure;
import fr.crefop.stages.extras.pdf.MementoPdf;
import fr.crefop.stages.extras.pdf.PdfJob;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The preview's builds. The first build, and any build after a change it cannot place, renders the whole site. A
 * save that changed only the text of existing pages (every page's header, address and order as before; no template,
 * {@code site.yaml}, data or asset touched; no page added or removed) renders only those pages: the site-wide
 * checks and the extras still run whole, on the other pages' facts kept from the previous build. When unsure, the
 * whole site is rebuilt. The log tells which path was taken. Changes are kept until a build succeeds, so a refused
 * save is rendered again at the next one.
 */
public final class IncrementalBuild {

    private final BuildOptions options;
    private final BuildLog log;
    private final Clock clock;
    private final Set<String> pending = new TreeSet<>();
    private Optional<BuildMemory> memory = Optional.empty();
    private boolean unknown = true;
    private Optional<BuildScope> last = Optional.empty();
    private int rendered;
    private boolean partial;
    private Optional<MementoPdf> pdfLater = Optional.empty();

    public IncrementalBuild(BuildOptions options, BuildLog log) {
        this(options, log, Clock.systemDefaultZone());
    }

    public IncrementalBuild(BuildOptions options, BuildLog log, Clock clock) {
        this.options = options;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Builds after these source files changed (absolute paths, or relative to the site folder); an empty set means
     * « unknown »: the whole site is rebuilt. Throws as {@link SiteBuild#run()} does.
     */
    public synchronized BuildResult run(Set<Path> changed) {
        if (changed.isEmpty()) {
            unknown = true;
        }
        for (Path file : changed) {
            Path absolute = options.source().resolve(file).toAbsolutePath().normalize();
            if (!absolute.startsWith(options.source())) {
                unknown = true;
            } else {
                pending.add(options.source().relativize(absolute).toString().replace('\\', '/'));
            }
        }
        long start = System.nanoTime();
        last = Optional.empty();
        BuildResult result = new SiteBuild(options, log, clock, this::plan).run();
        BuildScope scope = last.orElseThrow();
        boolean mementoChanged = !scope.partial() || pending.stream().anyMatch(IncrementalBuild::inMemento);
        pdfLater = result.pdfLater();
        if (pdfLater.isPresent() && mementoChanged) {
            forgetPdf();
        }
        memory = Optional.of(scope.memory(options.output()));
        rendered = scope.rendered();
        partial = scope.partial();
        pending.clear();
        unknown = false;
        log.line(String.format(Locale.ROOT, "aperçu    %-46s %7.3f s", (partial ? "reconstruction partielle : " : "reconstruction complète : ")
                + rendered + " page(s) rendue(s)", (System.nanoTime() - start) / 1e9));
        return result;
    }

    /**
     * Makes the mémento PDF of the last successful build into the preview folder, when that build left it for later
     * ({@link BuildOptions#pdf()} false) and it is not there yet: the preview makes it when a reader asks for it, so
     * that editing the mémento does not wait for its PDF at each save. Waits for a rebuild in progress.
     */
    public synchronized void makePdf() {
        if (pdfLater.isEmpty() || Files.exists(options.output().resolve(MementoPdf.FILE))) {
            return;
        }
        try (PdfJob job = pdfLater.get().prepare(true, Optional.empty())) {
            job.start(options.output().toRealPath(), Optional.empty());
            job.await().ifPresent(made -> log.step("aperçu", made.summary().logLine(), made.nanos()));
        } catch (IOException e) {
            throw IoFailure.read(options.output(), e);
        }
    }

    /** Removes the PDF made for an earlier version of the mémento: the next request makes it again. */
    private void forgetPdf() {
        try {
            Files.deleteIfExists(options.output().resolve(MementoPdf.FILE));
        } catch (IOException e) {
            throw IoFailure.write(options.output().resolve(MementoPdf.FILE), e);
        }
    }

    private static boolean inMemento(String path) {
        return path.startsWith("content" + MementoPdf.SECTION);
    }

    /** How many pages the last successful build rendered. */
    public int lastRendered() {
        return rendered;
    }

    /** True when the last successful build rendered only the changed pages. */
    public boolean lastWasPartial() {
        return partial;
    }

    private BuildScope plan(SiteIndex index) {
        BuildScope scope = choose(index);
        last = Optional.of(scope);
        return scope;
    }

    private BuildScope choose(SiteIndex index) {
        if (unknown || memory.isEmpty() || pending.isEmpty() || !options.publish()
                || !memory.get().output().equals(options.output()) || !Files.isDirectory(options.output())) {
            return BuildScope.whole(index);
        }
        Set<String> pages = index.pages().stream().map(SourcePage::path).collect(Collectors.toSet());
        // the mémento's pages make its PDF, which is made by whole builds only (unless it is made on request)
        boolean onlyTexts = pending.stream().allMatch(p -> p.startsWith("content/") && p.endsWith(".md") && pages.contains(p)
                && (!options.pdf() || !inMemento(p)));
        if (!onlyTexts || !BuildMemory.faces(index).equals(memory.get().faces())) {
            return BuildScope.whole(index);
        }
        return BuildScope.only(memory.get(), pending);
    }
}
