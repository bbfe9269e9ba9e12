package fr.crefop.stages.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * Serves a built site on 127.0.0.1 as a web host would: {@code /x/} answers with {@code /x/index.html}, {@code /x}
 * redirects to {@code /x/}, each file with its Content-Type, nothing outside the site folder. Each HTML page goes
 * through a filter: for the preview, it adds a one-line script that reloads the page when the site is rebuilt
 * (server-sent events; the published files never contain it); the browser tests use their own filter.
 */
public final class PreviewServer implements AutoCloseable {

    static final String RELOAD_PATH = "/__memento/reload";
    static final String RELOAD_SCRIPT = "<script>new EventSource('" + RELOAD_PATH + "').onmessage=function(){location.reload()}</script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("vtt", "text/vtt; charset=utf-8"), Map.entry("mp4", "video/mp4"), Map.entry("ico", "image/x-icon"),
            Map.entry("geojson", "application/geo+json"), Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final UnaryOperator<String> pageFilter;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "preview");
        thread.setDaemon(true);
        return thread;
    });
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param root       the published site folder to serve
     * @param port       the local port, or 0 for any free one
     * @param pageFilter applied to each HTML page before it is sent
     */
    public PreviewServer(Path root, int port, UnaryOperator<String> pageFilter) {
        this.root = root.toAbsolutePath().normalize();
        this.pageFilter = pageFilter;
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port + " (port déjà utilisé ?)", e);
        }
        server.createContext(RELOAD_PATH, this::events);
        server.createContext("/", this::file);
        server.setExecutor(executor);
    }

    /** A preview whose open pages reload when {@link #reload()} is called. */
    public static PreviewServer withLiveReload(Path root, int port) {
        return new PreviewServer(root, port, PreviewServer::withReloadScript);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}, the origin every request of a served page should stay on. */
    public String origin() {
        return "http://127.0.0.1:" + port();
    }

    /** The full address of a site path: {@code /memento/} → {@code http://127.0.0.1:PORT/memento/}. */
    public java.net.URI address(String path) {
        return java.net.URI.create(origin() + path);
    }

    /** Tells every open page to reload. */
    public void reload() {
        for (OutputStream listener : listeners) {
            try {
                listener.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                listener.flush();
            } catch (IOException e) {
                listeners.remove(listener);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": ouvert\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        listeners.add(body);
    }

    private void file(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Méthode non permise".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 403, "text/plain; charset=utf-8", "Interdit".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, "text/html; charset=utf-8", pageFilter.apply("<!DOCTYPE html><html lang=\"fr\">"
                        + "<title>Page introuvable</title><body><h1>Page introuvable</h1></body></html>").getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (file.getFileName().toString().endsWith(".html")) {
                bytes = pageFilter.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, 200, type(file), exchange.getRequestMethod().equals("HEAD") ? new byte[0] : bytes);
        }
    }

    /** The Content-Type of a file, from its extension. */
    public static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    static String withReloadScript(String html) {
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + RELOAD_SCRIPT : html.substring(0, end) + RELOAD_SCRIPT + html.substring(end);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
