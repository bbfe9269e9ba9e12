package fr.crefop.stages.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A static site served on 127.0.0.1 (ephemeral port), as a web host would serve it: {@code /x/} answers with
 * {@code /x/index.html}, {@code /x} redirects to {@code /x/} when that folder exists, each file with its Content-Type.
 * Nothing but files under the root is ever answered. One liberty: an immediate {@code <meta http-equiv="refresh"
 * content="0; url=…">} (the page left at an old address) is removed, so that the browser stays on that page and the
 * gate checks what a reader whose browser does not follow refreshes sees, instead of the page it points to.
 */
final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("geojson", "application/geo+json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"));

    private static final Pattern IMMEDIATE_REFRESH = Pattern.compile(
            "<meta\\s+http-equiv=[\"']?refresh[\"']?\\s+content=[\"']?\\s*0\\s*[;,][^>]*>", Pattern.CASE_INSENSITIVE);

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;

    private SiteServer(Path root, HttpServer server, ExecutorService threads) {
        this.root = root;
        this.server = server;
        this.threads = threads;
    }

    /** Serves {@code root} until {@link #close()}. */
    static SiteServer serve(Path root) {
        Path folder = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Nothing to serve: " + folder + " is not a folder");
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
                Thread thread = new Thread(r, "site-server");
                thread.setDaemon(true);
                return thread;
            });
            SiteServer site = new SiteServer(folder, server, threads);
            server.createContext("/", site::answer);
            server.setExecutor(threads);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve " + folder + " on 127.0.0.1", e);
        }
    }

    /** The full address of a site path, e.g. {@code /memento/} → {@code http://127.0.0.1:41234/memento/}. */
    URI address(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The origin every request of a page must stay on. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 403, "text/plain; charset=utf-8", "Forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, "text/html; charset=utf-8",
                        "<!DOCTYPE html><title>404</title><p>Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = Files.readAllBytes(file);
            if (file.getFileName().toString().endsWith(".html")) {
                body = withoutImmediateRefresh(body);
            }
            send(exchange, 200, type(file), method.equals("HEAD") ? null : body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static byte[] withoutImmediateRefresh(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        Matcher refresh = IMMEDIATE_REFRESH.matcher(text);
        return refresh.find() ? refresh.replaceAll("").getBytes(StandardCharsets.UTF_8) : html;
    }

    static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
