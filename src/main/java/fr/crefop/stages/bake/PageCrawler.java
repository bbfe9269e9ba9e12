package fr.crefop.stages.bake;

import fr.crefop.stages.content.SourcePage;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import fr.crefop.stages.paths.ContainedPath;
import fr.crefop.stages.work.PageFailure;
import fr.crefop.stages.work.PageWorkers;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Feeds JBake's content store with the pages our load step found (not by walking the folder: addresses are
 * ours, ASCII, and drafts are already left out). Each page goes through JBake's {@link Parser}, hence through the
 * Markdown engine registered for {@code .md}; pages are parsed on all cores, then stored in address order.
 */
final class PageCrawler extends Crawler {

    static final String REDIRECT_LAYOUT = "redirect";

    private final ContentStore store;
    private final Parser parser;
    private final BakeSession session;
    private final JBakeConfiguration config;

    PageCrawler(ContentStore store, JBakeConfiguration config, BakeSession session) {
        super(store, config);
        this.store = store;
        this.parser = new Parser(config);
        this.session = session;
        this.config = config;
    }

    @Override
    public void crawl() {
        List<Optional<DocumentModel>> documents;
        try (PageWorkers workers = PageWorkers.start("parse")) {
            documents = workers.map(session.pages(), this::parse);
        }
        documents.forEach(document -> document.ifPresent(store::addDocument));
        Path destination = config.getDestinationFolder().toPath();
        for (Map.Entry<String, SourcePage> alias : session.index().aliases().entrySet()) {
            String outputFile = fr.crefop.stages.content.Addresses.outputFile(alias.getKey());
            // JBake's renderer deletes and creates the file at this address: it must be inside the output folder
            ContainedPath.inside(destination, outputFile, alias.getValue().path(), 0);
            DocumentModel document = FlexmarkEngine.Documents.of(alias.getValue(), REDIRECT_LAYOUT, outputFile);
            document.put(BakeSession.MODEL_KEY, session.models().redirect(alias.getKey(), alias.getValue()));
            store.addDocument(document);
        }
    }

    /** Parses and renders one page's Markdown; a failure becomes a finding naming the page. */
    private Optional<DocumentModel> parse(SourcePage page) {
        try {
            return Optional.of(parser.processFile(page.file().toFile()));
        } catch (RuntimeException | StackOverflowError e) {
            session.findings().add(PageFailure.of(page.path(), "la lecture du Markdown", e));
            return Optional.empty();
        }
    }

    @Override
    public void crawlDataFiles() {
        // data files are loaded and validated by our own load step
    }
}
