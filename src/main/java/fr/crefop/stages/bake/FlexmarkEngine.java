package fr.crefop.stages.bake;

import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.markdown.RenderedMarkdown;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.MarkupEngine;

import java.io.File;
import java.sql.Date;
import java.time.ZoneOffset;

/**
 * Our Markdown engine, registered with JBake for {@code .md}: instead of JBake's header format and its flexmark
 * setup, it takes the page already loaded and typed by our load step and renders its body with our
 * {@link fr.crefop.stages.markdown.MarkdownRenderer}.
 */
final class FlexmarkEngine extends MarkupEngine {

    private final BakeSession session;

    FlexmarkEngine(BakeSession session) {
        this.session = session;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        SourcePage page = session.page(file);
        RenderedMarkdown rendered = session.markdown().render(page);
        DocumentModel document = Documents.of(page, page.frontMatter().layout(), page.outputFile());
        document.setBody(rendered.html());
        document.put(BakeSession.MODEL_KEY, session.models().page(page, rendered));
        return document;
    }

    /** Builds JBake documents for our pages. */
    static final class Documents {

        private Documents() {
        }

        static DocumentModel of(SourcePage page, String type, String outputFile) {
            DocumentModel document = DocumentModel.createDefaultDocumentModel();
            document.setTitle(page.title());
            document.setType(type);
            document.setStatus(ModelAttributes.Status.PUBLISHED);
            document.setUri(outputFile);
            document.setSourceUri(outputFile);
            document.setFile(page.path());
            document.setRendered(false);
            document.setCached(true);
            document.setRootPath("");
            document.setTags(page.frontMatter().tags().toArray(String[]::new));
            page.frontMatter().date().ifPresent(d -> document.setDate(Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC))));
            return document;
        }
    }
}
