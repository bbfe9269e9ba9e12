package fr.crefop.stages.browser;

import fr.crefop.stages.serve.PreviewServer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site under test served on 127.0.0.1 (ephemeral port) by the project's own local server
 * ({@link PreviewServer}), as a web host would serve it. One liberty: an immediate
 * {@code <meta http-equiv="refresh" content="0; url=…">} (the page left at an old address) is removed, so that the
 * browser stays on that page and the gate checks what a reader whose browser does not follow refreshes sees,
 * instead of the page it points to.
 */
final class SiteServer implements AutoCloseable {

    private static final Pattern IMMEDIATE_REFRESH = Pattern.compile(
            "<meta\\s+http-equiv=[\"']?refresh[\"']?\\s+content=[\"']?\\s*0\\s*[;,][^>]*>", Pattern.CASE_INSENSITIVE);

    private final PreviewServer server;

    private SiteServer(PreviewServer server) {
        this.server = server;
    }

    /** Serves {@code root} until {@link #close()}. */
    static SiteServer serve(Path root) {
        Path folder = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Nothing to serve: " + folder + " is not a folder");
        }
        PreviewServer server = new PreviewServer(folder, 0, SiteServer::withoutImmediateRefresh);
        server.start();
        return new SiteServer(server);
    }

    /** The full address of a site path, e.g. {@code /memento/} → {@code http://127.0.0.1:41234/memento/}. */
    URI address(String path) {
        return server.address(path);
    }

    /** The origin every request of a page must stay on. */
    String origin() {
        return server.origin();
    }

    static String withoutImmediateRefresh(String html) {
        Matcher refresh = IMMEDIATE_REFRESH.matcher(html);
        return refresh.find() ? refresh.replaceAll("") : html;
    }

    static byte[] withoutImmediateRefresh(byte[] html) {
        return withoutImmediateRefresh(new String(html, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    static String type(Path file) {
        return PreviewServer.type(file);
    }

    @Override
    public void close() {
        server.close();
    }
}
