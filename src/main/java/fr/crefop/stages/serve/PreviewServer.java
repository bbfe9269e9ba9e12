package fr.crefop.stages.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.crefop.stages.diag.EnvironmentException;
import fr.crefop.stages.diag.Finding;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * Serves a built site on 127.0.0.1 as a web host would (see {@link SiteFiles} and {@link FileResponse}): folders,
 * redirects, Content-Type, HEAD, byte ranges, the site's 404 page, nothing outside the site folder. Each HTML page
 * goes through a filter: for the preview, it adds a small script that reloads the page when the site is rebuilt, or shows the findings of a refused save ({@link ErrorOverlay})
 * (server-sent events, see {@link LiveReload}; the published files never contain it); the browser tests use their
 * own filter. Requests are answered by a fixed pool of threads; listening pages hold no thread.
 */
public final class PreviewServer implements AutoCloseable {

    static final String RELOAD_PATH = "/__memento/reload";
    static final String RELOAD_SCRIPT = ErrorOverlay.script(RELOAD_PATH);
    /** At most this many pages listen for reloads at once. */
    public static final int MAX_LIVE_PAGES = 32;
    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final int THREADS = 8;
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("vtt", "text/vtt; charset=utf-8"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("ico", "image/x-icon"), Map.entry("geojson", "application/geo+json"), Map.entry("woff2", "font/woff2"));

    private final FileResponse files;
    private final HttpServer server;
    private final LiveReload live;
    private final ExecutorService executor;

    /**
     * Listens on 127.0.0.1 at once (not started yet).
     *
     * @param root       the published site folder to serve
     * @param port       the local port, or 0 for any free one
     * @param pageFilter applied to each HTML page before it is sent
     * @throws EnvironmentException when the port is in use or cannot be opened
     */
    public PreviewServer(Path root, int port, UnaryOperator<String> pageFilter) {
        this.files = new FileResponse(new SiteFiles(root), pageFilter);
        this.server = listen(port);
        this.live = new LiveReload(HEARTBEAT, MAX_LIVE_PAGES);
        this.executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "preview");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext(RELOAD_PATH, this::events);
        server.createContext("/", files::answer);
        server.setExecutor(executor);
    }

    /** A preview whose open pages reload when {@link #reload()} is called. */
    public static PreviewServer withLiveReload(Path root, int port) {
        return new PreviewServer(root, port, PreviewServer::withReloadScript);
    }

    public void start() {
        server.start();
    }

    /**
     * A file the preview makes only when it is asked for (the mémento PDF): before answering a request for
     * {@code path}, {@code maker} is run (it does nothing when the file is there already). A failure of the maker
     * is told on {@code err}; the request then gets what the folder holds (a 404 page when the file is missing).
     */
    public void onDemand(String path, Runnable maker, java.io.PrintWriter err) {
        server.createContext(path, exchange -> {
            if (exchange.getRequestURI().getPath().equals(path)) {
                try {
                    maker.run();
                } catch (RuntimeException e) {
                    err.println("Fichier non fait à la demande (" + path + ") : " + e.getMessage());
                    err.flush();
                }
            }
            files.answer(exchange);
        });
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}, the origin every request of a served page should stay on. */
    public String origin() {
        return "http://127.0.0.1:" + port();
    }

    /** The full address of a site path: {@code /memento/} → {@code http://127.0.0.1:PORT/memento/}. */
    public URI address(String path) {
        return URI.create(origin() + path);
    }

    /** Tells every open page to reload. */
    public void reload() {
        live.reload();
    }

    /** Shows these findings over the open pages (and those opened later) until the next {@link #reload()}. */
    public void showFindings(List<Finding> findings) {
        live.show(ErrorOverlay.event(findings));
    }

    /** How many pages listen for reloads now (closed pages are dropped within two heartbeats). */
    public int livePages() {
        return live.clients();
    }

    @Override
    public void close() {
        live.close();
        server.stop(0);
        executor.shutdownNow();
    }

    /** The Content-Type of a file, from its extension. */
    public static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    static String withReloadScript(String html) {
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + RELOAD_SCRIPT : html.substring(0, end) + RELOAD_SCRIPT + html.substring(end);
    }

    private void events(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getRawPath().equals(RELOAD_PATH) || !exchange.getRequestMethod().equals("GET")) {
            files.answer(exchange);
            return;
        }
        live.open(exchange);
    }

    private static HttpServer listen(int port) {
        String other = "choisissez un autre port avec --port " + (port > 0 && port < 65535 ? port + 1 : 8001);
        try {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (BindException e) {
            throw new EnvironmentException("le port " + port + " est déjà utilisé sur 127.0.0.1 : la prévisualisation "
                    + "ne peut pas démarrer", "arrêtez l'autre programme qui l'utilise (une autre prévisualisation ?) ou "
                    + other, e);
        } catch (IOException e) {
            throw new EnvironmentException("impossible d'écouter sur 127.0.0.1:" + port + " (" + e.getMessage() + ")",
                    other, e);
        }
    }
}
