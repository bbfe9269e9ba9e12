package fr.crefop.stages.bake;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.view.PageModel;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import freemarker.cache.TemplateLoader;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import fr.crefop.stages.diag.IoFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The template engine JBake's renderer calls: Freemarker with HTML auto-escaping, French locale, errors that stop
 * the page (never printed into it), and our typed {@link PageModel} as data ({@code site}, {@code page},
 * {@code nav}, {@code footer}, {@code stats}). A template error is recorded as a finding naming the template and its
 * line. The HTML is handed to the post step in memory.
 */
final class FreemarkerLayouts extends DelegatingTemplateEngine {

    private final Configuration freemarker;
    private final BakeSession session;

    FreemarkerLayouts(ContentStore store, JBakeConfiguration config, BakeSession session, Path templates) {
        super(store, config);
        this.session = session;
        this.freemarker = configuration(templates);
    }

    /**
     * @param templates the site's {@code templates/} folder (templates whose real path leaves it are refused by
     *                  Freemarker), or the packaged defaults, read from the jar itself (never from a copy on disk)
     */
    static Configuration configuration(Path templates) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setTemplateLoader(loader(templates));
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.FRANCE);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return cfg;
    }

    private static TemplateLoader loader(Path templates) {
        if (templates.getFileSystem() != FileSystems.getDefault()) {
            return new PackagedTemplateLoader(templates);
        }
        try {
            return new FileTemplateLoader(templates.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read templates from " + templates, e);
        }
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        Object pageModel = model.getContent().get(BakeSession.MODEL_KEY);
        if (!(pageModel instanceof PageModel page)) {
            throw new RenderingException("No page model for " + model.getContent().getUri());
        }
        String pagePath = page.page().sourcePath();
        String uri = model.getContent().getUri();
        String finished;
        try {
            Template template = freemarker.getTemplate(templateName);
            StringWriter html = new StringWriter(16 * 1024);
            template.process(Map.of("site", page.site(), "page", page.page(), "nav", page.nav(), "footer", page.footer(),
                    "stats", page.stats(), "kit", page.extras().kit(), "video", page.extras().video(),
                    "testimonies", page.extras().testimonies()), html);
            // the page goes through the post step at once (read once, checked) and is written once, below
            finished = session.finish(uri, html.toString());
        } catch (ParseException e) {
            record(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    "erreur de syntaxe dans le gabarit : " + e.getEditorMessage(), pagePath);
            throw new ReportedError(e);
        } catch (TemplateException e) {
            record(e.getTemplateSourceName(), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber(),
                    "erreur dans le gabarit : " + firstLine(e.getMessageWithoutStackTop()), pagePath);
            throw new ReportedError(e);
        } catch (IOException e) {
            record(templateName, 0, 0, "gabarit illisible ou introuvable : " + e.getMessage(), pagePath);
            throw new ReportedError(e);
        }
        try {
            writer.write(finished);
            writer.flush();
        } catch (IOException e) {
            throw IoFailure.write(session.output().resolve(uri), e);
        }
    }

    /** Whether a rendering failure was already recorded as a finding by this engine. */
    static boolean alreadyReported(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ReportedError) {
                return true;
            }
        }
        return false;
    }

    /** A template failure already recorded as a finding. */
    private static final class ReportedError extends RenderingException {
        ReportedError(Throwable cause) {
            super(cause);
        }
    }

    private void record(String template, int line, int column, String message, String pagePath) {
        String name = template == null ? "?" : template;
        if (!session.firstReport(name + ":" + line + ":" + column + ":" + message)) {
            return;
        }
        session.findings().add(new Finding(fr.crefop.stages.diag.Severity.ERROR,
                session.sources().relative(session.sources().templates().resolve(name)),
                line, column, "template", message, "en rendant la page " + pagePath));
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int cut = text.indexOf("\n----");
        return (cut > 0 ? text.substring(0, cut) : text).replace('\n', ' ').replaceAll("\\s+", " ");
    }
}
