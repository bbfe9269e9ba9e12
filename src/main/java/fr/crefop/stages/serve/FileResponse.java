package fr.crefop.stages.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Answers one request for a file of the site: GET and HEAD (others: 405 with {@code Allow}), 400 for a path that
 * cannot name a file, 301 for a folder without its slash, 404 with the site's {@code /404.html} (or a short French
 * page), a single byte range (206, or 416 outside the file). HTML pages go through the page filter; other files are
 * streamed from disk, so that seeking in a long video does not read it whole.
 */
final class FileResponse {

    private static final String ALLOWED = "GET, HEAD";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String NOT_FOUND = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
            + "<title>Page introuvable</title></head><body><h1>Page introuvable</h1>"
            + "<p>Aucune page à cette adresse. <a href=\"/\">Retour à l'accueil</a></p></body></html>";

    private final SiteFiles site;
    private final UnaryOperator<String> pageFilter;

    FileResponse(SiteFiles site, UnaryOperator<String> pageFilter) {
        this.site = site;
        this.pageFilter = pageFilter;
    }

    /** Answers, and always closes the exchange; a failure while answering never escapes to the server. */
    void answer(HttpExchange exchange) {
        try {
            respond(exchange);
        } catch (IOException e) {
            // The browser went away while reading: nothing to answer.
        } catch (RuntimeException e) {
            if (exchange.getResponseCode() < 0) {
                quietly(() -> text(exchange, 500, "Erreur interne du serveur de prévisualisation : "
                        + e.getClass().getSimpleName()));
            }
        } finally {
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", ALLOWED);
            text(exchange, 405, "Méthode non permise : seules GET et HEAD le sont.");
            return;
        }
        String raw = exchange.getRequestURI().getRawPath();
        Optional<RequestPath> path = RequestPath.decode(raw);
        if (path.isEmpty()) {
            text(exchange, 400, "Adresse invalide.");
            return;
        }
        SiteFiles.Lookup lookup = site.find(path.get());
        if (lookup instanceof SiteFiles.Found found) {
            try {
                send(exchange, found.file(), 200);
            } catch (NoSuchFileException e) {
                notFound(exchange);
            }
        } else if (lookup instanceof SiteFiles.Redirect) {
            exchange.getResponseHeaders().set("Location", raw + "/");
            exchange.sendResponseHeaders(301, -1);
        } else {
            notFound(exchange);
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Optional<Path> page = site.notFoundPage();
        if (page.isPresent()) {
            try {
                send(exchange, page.get(), 404);
                return;
            } catch (NoSuchFileException e) {
                // Replaced by a rebuild between the lookup and the read: the short page below.
            }
        }
        body(exchange, 404, HTML, pageFilter.apply(NOT_FOUND).getBytes(StandardCharsets.UTF_8));
    }

    private void send(HttpExchange exchange, Path file, int status) throws IOException {
        String type = PreviewServer.type(file);
        if (type.startsWith("text/html")) {
            String html = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            body(exchange, status, type, pageFilter.apply(html).getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            ByteRange.Answer range = status == 200
                    ? ByteRange.of(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Range")), size)
                    : new ByteRange.Whole();
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            if (range instanceof ByteRange.Part part) {
                exchange.getResponseHeaders().set("Content-Range", part.range().contentRange(size));
                stream(exchange, 206, type, channel, part.range());
            } else if (range instanceof ByteRange.Unsatisfiable) {
                exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
                body(exchange, 416, TEXT, "Plage d'octets hors du fichier.".getBytes(StandardCharsets.UTF_8));
            } else {
                stream(exchange, status, type, channel, new ByteRange(0, size - 1));
            }
        }
    }

    /** Sends the bytes {@code range} of a file (an empty range for an empty file). */
    private static void stream(HttpExchange exchange, int status, String type, FileChannel channel, ByteRange range)
            throws IOException {
        long length = Math.max(0, range.length());
        if (!headers(exchange, status, type, length)) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        long sent = 0;
        while (sent < length) {
            long moved = channel.transferTo(range.first() + sent, length - sent, Channels.newChannel(out));
            if (moved <= 0) {
                throw new IOException("File shorter than announced: " + range);
            }
            sent += moved;
        }
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        body(exchange, status, TEXT, (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void body(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        if (headers(exchange, status, type, bytes.length)) {
            exchange.getResponseBody().write(bytes);
        }
    }

    /**
     * Sends the status and headers with the body's length (also for HEAD, which has no body); true when a body must
     * follow.
     */
    private static boolean headers(HttpExchange exchange, int status, String type, long length) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
        }
        exchange.sendResponseHeaders(status, head || length == 0 ? -1 : length);
        return !head && length > 0;
    }

    private static void quietly(IoAction action) {
        try {
            action.run();
        } catch (IOException | RuntimeException e) {
            // The connection is closed just after.
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }
}
