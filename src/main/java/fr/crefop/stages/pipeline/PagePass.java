package fr.crefop.stages.pipeline;

import fr.crefop.stages.check.CheckedPage;
import fr.crefop.stages.check.PageChecks;
import fr.crefop.stages.check.PageFacts;
import fr.crefop.stages.check.SharedProblems;
import fr.crefop.stages.check.SourceLocator;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.extras.SearchCollector;
import fr.crefop.stages.html.SourcePositions;
import fr.crefop.stages.html.TransformChain;
import fr.crefop.stages.paths.ContainedPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The post step: each page rendered by the bake is parsed once (pages in parallel), transformed, checked on its
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
        List<PageFacts> facts = pages.parallelStream()
                .map(page -> process(folder, page, html.get(page.outputPath()), pageFindings)).toList();
        findings.addAll(SharedProblems.fold(pageFindings.sorted()));
        return facts;
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
            throw new UncheckedIOException("Cannot post-process " + file, e);
        }
    }
}
