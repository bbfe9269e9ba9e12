package fr.crefop.stages.pipeline;

import fr.crefop.stages.check.CheckedPage;
import fr.crefop.stages.check.PageChecks;
import fr.crefop.stages.check.PageFacts;
import fr.crefop.stages.check.SharedProblems;
import fr.crefop.stages.check.SourceLocator;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.diag.IoFailure;
import fr.crefop.stages.extras.SearchCollector;
import fr.crefop.stages.html.SourcePositions;
import fr.crefop.stages.html.TransformChain;
import fr.crefop.stages.paths.ContainedPath;
import fr.crefop.stages.work.PageFailure;
import fr.crefop.stages.work.PageWorkers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The post step: each page rendered by the bake is parsed once (pages in parallel, on threads with a deep stack), transformed, checked on its
 * own, stripped of its source offsets and written, once. What the site-wide checks need is kept as
 * {@link PageFacts}; the parsed page is then dropped, so memory stays flat on large sites.
 */
final class PagePass {

    private final TransformChain transforms;
    private final PageChecks checks;
    private final Findings findings;
    private final SearchCollector search;
    private final SourcePositions positions = new SourcePositions();

    PagePass(TransformChain transforms, PageChecks checks, Findings findings, SearchCollector search) {
        this.transforms = transforms;
        this.checks = checks;
        this.findings = findings;
        this.search = search;
    }

    /**
     * @param folder the output folder
     * @param pages  the pages to write
     * @param html   each page's HTML from the bake, by output path
     */
    List<PageFacts> run(Path folder, List<BuiltPage> pages, Map<String, String> html) {
        Findings pageFindings = new Findings();
        List<Optional<PageFacts>> facts;
        try (PageWorkers workers = PageWorkers.start("post")) {
            facts = workers.map(pages, page -> guarded(folder, page, html.get(page.outputPath()), pageFindings));
        }
        findings.addAll(SharedProblems.fold(pageFindings.sorted()));
        return facts.stream().flatMap(Optional::stream).toList();
    }

    /** Processes one page; a failure becomes a finding naming its source (or its template, for an old address). */
    private Optional<PageFacts> guarded(Path folder, BuiltPage page, String html, Findings pageFindings) {
        try {
            return Optional.of(process(folder, page, html, pageFindings));
        } catch (RuntimeException | StackOverflowError e) {
            String path = page.source().map(SourcePage::path).orElse(page.templatePath());
            pageFindings.add(PageFailure.of(path, "la finition de la page " + page.outputPath(), e));
            return Optional.empty();
        }
    }

    private PageFacts process(Path folder, BuiltPage page, String html, Findings pageFindings) {
        Path file = ContainedPath.inside(folder, page.outputPath(),
                page.source().map(fr.crefop.stages.content.SourcePage::path).orElse(page.outputPath()), 0);
        if (html == null) {
            throw new IllegalStateException("The bake produced no HTML for " + page.outputPath());
        }
        try {
            Document document = Jsoup.parse(html, page.url());
            document.outputSettings().prettyPrint(false);
            transforms.apply(document);
            CheckedPage checked = new CheckedPage(document, page.outputPath(), page.url(),
                    new SourceLocator(page.source(), page.templatePath()));
            pageFindings.addAll(checks.check(checked));
            PageFacts facts = PageFacts.of(checked);
            search.collect(page.url(), page.source(), document);
            positions.apply(document);
            Files.writeString(file, document.outerHtml(), StandardCharsets.UTF_8);
            return facts;
        } catch (IOException e) {
            throw IoFailure.write(file, e);
        }
    }
}
