package fr.crefop.stages.pipeline;

import fr.crefop.stages.bake.PageSink;
import fr.crefop.stages.check.CheckedPage;
import fr.crefop.stages.check.PageChecks;
import fr.crefop.stages.check.PageFacts;
import fr.crefop.stages.check.PageOutline;
import fr.crefop.stages.check.SharedProblems;
import fr.crefop.stages.check.SourceLocator;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.extras.SearchCollector;
import fr.crefop.stages.extras.SearchText;
import fr.crefop.stages.html.FrenchTypography;
import fr.crefop.stages.html.HtmlStream;
import fr.crefop.stages.markdown.MarkdownRenderer;
import fr.crefop.stages.paths.ContainedPath;
import fr.crefop.stages.work.PageFailure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The post step, done page by page as the bake renders them ({@link PageSink}, on the rendering threads): each page
 * (its structure final: tables, checklists and the home page's columns are made by the Markdown renderer) is read
 * once, forward, without building a tree ({@link HtmlStream}): French spacing is applied to its text, the source
 * offsets are dropped, what the checks and the search need is gathered, and the page goes back to be written. No
 * page waits in memory for the others; what the site-wide checks need is kept as {@link PageFacts}.
 */
final class PagePass implements PageSink {

    /** What the pass does to each page, for the build log. */
    static final String SUMMARY = "lues une fois : typographie, contrôles, texte pour la recherche";

    private final HtmlStream stream = new HtmlStream(Set.of(MarkdownRenderer.SOURCE_POSITION));
    private final Path folder;
    private final Map<String, BuiltPage> pages = new LinkedHashMap<>();
    private final PageChecks checks;
    private final SearchCollector search;
    private final Findings pageFindings = new Findings();
    private final Map<String, PageFacts> facts = new ConcurrentHashMap<>();

    /**
     * @param folder the output folder
     * @param pages  the pages to read and check (a page rendered but not listed is written as it is)
     */
    PagePass(Path folder, List<BuiltPage> pages, PageChecks checks, SearchCollector search) {
        this.folder = folder;
        pages.forEach(page -> this.pages.put(page.outputPath(), page));
        this.checks = checks;
        this.search = search;
    }

    /** Called by the bake for each page it renders, from any thread; a failure becomes a finding naming the page. */
    @Override
    public String page(String outputPath, String html) {
        BuiltPage page = pages.get(outputPath);
        if (page == null) {
            return html;
        }
        try {
            return process(page, html);
        } catch (RuntimeException | StackOverflowError e) {
            String path = page.source().map(SourcePage::path).orElse(page.templatePath());
            pageFindings.add(PageFailure.of(path, "la finition de la page " + page.outputPath(), e));
            return "";
        }
    }

    /**
     * Once the bake is over: adds the pages' findings to {@code findings} (a problem of a layout, met on many pages,
     * folded into one) and returns the facts of the pages read, in the order of the pages given.
     */
    List<PageFacts> finish(Findings findings) {
        List<PageFacts> ordered = new ArrayList<>(facts.size());
        for (BuiltPage page : pages.values()) {
            PageFacts pageFacts = facts.get(page.outputPath());
            if (pageFacts != null) {
                ordered.add(pageFacts);
            } else if (!findings.hasErrors() && pageFindings.sorted().isEmpty()) {
                String path = page.source().map(SourcePage::path).orElse(page.templatePath());
                pageFindings.add(PageFailure.of(path, "la finition de la page " + page.outputPath(),
                        new IllegalStateException("The bake produced no HTML for " + page.outputPath())));
            }
        }
        findings.addAll(SharedProblems.fold(pageFindings.sorted()));
        return ordered;
    }

    private String process(BuiltPage page, String html) {
        ContainedPath.inside(folder, page.outputPath(), page.source().map(SourcePage::path).orElse(page.outputPath()), 0);
        PageOutline outline = new PageOutline(new SourceLocator(page.source(), page.templatePath()));
        Optional<SearchText> searchText = search.reader(page.source());
        List<HtmlStream.Listener> listeners = new ArrayList<>(List.of(FrenchTypography.streaming(), outline));
        searchText.ifPresent(listeners::add);
        String written = stream.pass(html, HtmlStream.chain(listeners));
        CheckedPage checked = new CheckedPage(outline, page.outputPath(), page.url());
        pageFindings.addAll(checks.check(checked));
        searchText.ifPresent(text -> search.collect(page.url(), page.source().orElseThrow(), text));
        facts.put(page.outputPath(), PageFacts.of(checked));
        return written;
    }
}
