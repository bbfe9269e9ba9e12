package fr.crefop.stages.pipeline;

import fr.crefop.stages.check.CheckedPage;
import fr.crefop.stages.check.PageChecks;
import fr.crefop.stages.check.PageFacts;
import fr.crefop.stages.check.PageOutline;
import fr.crefop.stages.check.SharedProblems;
import fr.crefop.stages.check.SourceLocator;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.diag.IoFailure;
import fr.crefop.stages.extras.SearchCollector;
import fr.crefop.stages.extras.SearchText;
import fr.crefop.stages.html.FrenchTypography;
import fr.crefop.stages.html.HtmlStream;
import fr.crefop.stages.markdown.MarkdownRenderer;
import fr.crefop.stages.paths.ContainedPath;
import fr.crefop.stages.work.PageFailure;
import fr.crefop.stages.work.PageWorkers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The post step: each page made by the bake (its structure final: tables, checklists and the home page's columns
 * are made by the Markdown renderer) is read once, forward, without building a tree ({@link HtmlStream}, pages in
 * parallel): French spacing is applied to its text, the source offsets are dropped, what the checks and the search
 * need is gathered, and the page is written. What the site-wide checks need is kept as {@link PageFacts}.
 */
final class PagePass {

    /** What the pass does to each page, for the build log. */
    static final String SUMMARY = "typographie, contrôles, texte pour la recherche";

    private final HtmlStream stream = new HtmlStream(Set.of(MarkdownRenderer.SOURCE_POSITION));
    private final PageChecks checks;
    private final Findings findings;
    private final SearchCollector search;

    PagePass(PageChecks checks, Findings findings, SearchCollector search) {
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
        Path file = ContainedPath.inside(folder, page.outputPath(), page.source().map(SourcePage::path).orElse(page.outputPath()), 0);
        if (html == null) {
            throw new IllegalStateException("The bake produced no HTML for " + page.outputPath());
        }
        PageOutline outline = new PageOutline(new SourceLocator(page.source(), page.templatePath()));
        Optional<SearchText> searchText = search.reader(page.source());
        List<HtmlStream.Listener> listeners = new ArrayList<>(List.of(FrenchTypography.streaming(), outline));
        searchText.ifPresent(listeners::add);
        String written = stream.pass(html, HtmlStream.chain(listeners));
        CheckedPage checked = new CheckedPage(outline, page.outputPath(), page.url());
        pageFindings.addAll(checks.check(checked));
        searchText.ifPresent(text -> search.collect(page.url(), page.source().orElseThrow(), text));
        try {
            Files.writeString(file, written, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw IoFailure.write(file, e);
        }
        return PageFacts.of(checked);
    }
}
