package fr.crefop.stages.bake;

import fr.crefop.stages.diag.EnvironmentException;
import fr.crefop.stages.diag.Finding;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;

import fr.crefop.stages.work.PageFailure;
import fr.crefop.stages.work.PageWorkers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The adapter to JBake 2.7.0, and the only class of the project that drives it. It assembles JBake's
 * {@link Utensils} from our parts (an in-memory content store, a crawler fed by our load step, our Markdown engine,
 * our Freemarker engine) and runs the crawler and the renderer, then copies the static files ({@link StaticFiles}).
 *
 * <p>JBake's {@code Oven} is not used: {@code Oven.bake()} calls the final {@code ContentStore.updateSchema()},
 * which needs a running OrientDB, and renders documents one by one. Rendering here runs on all cores.
 *
 * <p>JBake keeps its engines in static singletons, so bakes in one JVM are serialised.
 */
public final class JBakeBaker {

    private static final Object JBAKE_GLOBALS = new Object();

    /** Assets are published under this folder ({@code /assets/css/site.css}), apart from page addresses. */
    public static final String ASSETS = "assets";

    /**
     * Bakes every page and old address for {@code request.output()}: assets are copied there, and each page, as soon
     * as it is rendered, goes through the request's sink, which says what to write in its file.
     */
    public void bake(BakeRequest request) {
        BakeSession session = new BakeSession(request.sources(), request.index(), request.markdown(), request.models(),
                request.findings(), request.sink(), request.output());
        JBakeConfiguration config = configuration(request);
        InMemoryContentStore store = new InMemoryContentStore();
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new PageCrawler(store, config, session));
        utensils.setRenderer(new Renderer(store, config, new FreemarkerLayouts(store, config, session, request.sources().templates())));
        synchronized (JBAKE_GLOBALS) {
            Engines.register("md", new FlexmarkEngine(session));
            utensils.getCrawler().crawl();
            render(utensils.getRenderer(), store.documents(), session);
            StaticFiles.copy(request.sources(), StaticFiles.list(request.sources()), request.output(), session.findings());
        }
    }

    private static void render(Renderer renderer, List<DocumentModel> documents, BakeSession session) {
        try (PageWorkers workers = PageWorkers.start("render")) {
            workers.map(documents, document -> {
                try {
                    renderer.render(document);
                } catch (Exception | StackOverflowError e) {
                    EnvironmentException.in(e).ifPresent(environment -> {
                        throw environment;
                    });
                    if (!FreemarkerLayouts.alreadyReported(e)) {
                        session.findings().add(PageFailure.of(String.valueOf(document.getFile()), "la mise en page", e));
                    }
                }
                return document;
            });
        }
    }

    private static JBakeConfiguration configuration(BakeRequest request) {
        java.nio.file.Path destination = request.output();
        Map<String, Object> properties = new HashMap<>();
        properties.put("destination.folder", destination.toAbsolutePath().toString());
        properties.put("template.folder", onDisk(request, request.sources().templates()).getPath());
        properties.put("content.folder", request.sources().content().toAbsolutePath().toString());
        properties.put("asset.folder", onDisk(request, request.sources().assets()).getPath());
        properties.put("data.folder", request.sources().data().toAbsolutePath().toString());
        properties.put("asset.ignore", "true");
        properties.put("render.encoding", "UTF-8");
        properties.put("template.encoding", "UTF-8");
        properties.put("output.extension", ".html");
        properties.put("draft.suffix", "-draft");
        properties.put("default.status", "published");
        properties.put("default.type", "page");
        properties.put("img.path.update", "false");
        properties.put("uri.noExtension", "false");
        properties.put("data.file.docType", "data");
        properties.put("ignore.file", ".jbakeignore");
        properties.put("version", "memento");
        for (String layout : request.layouts()) {
            properties.put("template." + layout + ".file", layout + ".ftl");
        }
        CompositeConfiguration composite = new CompositeConfiguration();
        composite.addConfiguration(new MapConfiguration(properties));
        DefaultJBakeConfiguration config = new DefaultJBakeConfiguration(request.sources().root().toFile(), composite);
        config.setContentFolder(request.sources().content().toFile());
        config.setTemplateFolder(onDisk(request, request.sources().templates()));
        config.setAssetFolder(onDisk(request, request.sources().assets()));
        config.setDataFolder(request.sources().data().toFile());
        config.setDestinationFolder(destination.toFile());
        return config;
    }

    /**
     * A folder as a file for JBake's configuration. The packaged defaults are read from the jar itself, which JBake
     * cannot use as a file: it gets the site's folder instead, which exists (JBake's own Freemarker engine, created
     * but never used, prints a stack trace for a missing folder) and which it never reads (templates and assets are
     * ours).
     */
    private static java.io.File onDisk(BakeRequest request, java.nio.file.Path folder) {
        if (folder.getFileSystem() == java.nio.file.FileSystems.getDefault()) {
            return folder.toAbsolutePath().toFile();
        }
        return request.sources().root().toAbsolutePath().toFile();
    }
}
