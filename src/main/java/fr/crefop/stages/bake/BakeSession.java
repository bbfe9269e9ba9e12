package fr.crefop.stages.bake;

import fr.crefop.stages.config.SiteSources;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.markdown.MarkdownRenderer;
import fr.crefop.stages.view.PageModels;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What JBake's callbacks (crawler, Markdown engine, template engine) need during one bake. */
final class BakeSession {

    /** Key of our typed page model inside JBake's untyped document map. */
    static final String MODEL_KEY = "memento.model";

    private final SiteSources sources;
    private final SiteIndex index;
    private final MarkdownRenderer markdown;
    private final PageModels models;
    private final Findings findings;
    private final PageSink sink;
    private final java.nio.file.Path output;
    private final Map<String, SourcePage> pagesByFile = new HashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    BakeSession(SiteSources sources, SiteIndex index, MarkdownRenderer markdown, PageModels models, Findings findings,
                PageSink sink, java.nio.file.Path output) {
        this.sink = sink;
        this.output = output;
        this.sources = sources;
        this.index = index;
        this.markdown = markdown;
        this.models = models;
        this.findings = findings;
        for (SourcePage page : index.pages()) {
            pagesByFile.put(key(page.file().toFile()), page);
        }
    }

    SiteSources sources() {
        return sources;
    }

    SiteIndex index() {
        return index;
    }

    List<SourcePage> pages() {
        return index.pages();
    }

    MarkdownRenderer markdown() {
        return markdown;
    }

    PageModels models() {
        return models;
    }

    Findings findings() {
        return findings;
    }

    /** The folder the pages are written into. */
    java.nio.file.Path output() {
        return output;
    }

    /** Hands a rendered page to the build's sink; returns what to write in its file. */
    String finish(String outputPath, String html) {
        return sink.page(outputPath, html);
    }

    /** True the first time a problem is reported, so that one broken template gives one finding, not one per page. */
    boolean firstReport(String key) {
        return reported.add(key);
    }

    SourcePage page(File file) {
        SourcePage page = pagesByFile.get(key(file));
        if (page == null) {
            throw new IllegalStateException("JBake asked for a file that is not a page of this build: " + file);
        }
        return page;
    }

    private static String key(File file) {
        return file.getAbsoluteFile().toPath().normalize().toString();
    }
}
