package fr.crefop.stages.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview server: pages with the reload script, folders, 404, no way out of the site, reload events; the pieces
 * behind it (path decoding, byte ranges, the watcher, the serve loop).
 */
class PreviewServerTest {

    @TempDir
    Path site;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesPagesWithTheReloadScriptAndFilesAsTheyAre() throws Exception {
        Files.createDirectories(site.resolve("memento"));
        Files.writeString(site.resolve("memento/index.html"), "<html><body><p>Mémento</p></body></html>");
        Files.writeString(site.resolve("data.csv"), "a,b\n");
        try (PreviewServer server = PreviewServer.withLiveReload(site, 0)) {
            server.start();
            HttpResponse<String> page = get(server, "/memento/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<p>Mémento</p>" + PreviewServer.RELOAD_SCRIPT + "</body>");
            assertThat(Files.readString(site.resolve("memento/index.html"))).doesNotContain("EventSource");
            assertThat(get(server, "/memento").headers().firstValue("Location")).contains("/memento/");
            assertThat(get(server, "/data.csv").body()).isEqualTo("a,b\n");
            assertThat(get(server, "/absent/").statusCode()).isEqualTo(404);
            Files.writeString(site.getParent().resolve("secret-" + site.getFileName() + ".txt"), "secret");
            assertThat(get(server, "/%2e%2e/secret-" + site.getFileName() + ".txt").statusCode()).isIn(400, 404);
        }
    }

    @Test
    void tellsOpenPagesToReload() throws Exception {
        try (PreviewServer server = PreviewServer.withLiveReload(site, 0)) {
            server.start();
            HttpResponse<java.io.InputStream> events = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + PreviewServer.RELOAD_PATH)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            BufferedReader reader = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8));
            CompletableFuture<String> message = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        if (line.startsWith("data:")) {
                            return line;
                        }
                    }
                    return "";
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Thread.sleep(200);
            server.reload();
            assertThat(message.get(5, TimeUnit.SECONDS)).isEqualTo("data: reload");
        }
    }

    @Test
    void watcherSeesAddedAndChangedFiles() throws Exception {
        SourceWatcher watcher = new SourceWatcher(List.of(site));
        assertThat(watcher.changed()).isFalse();
        Files.writeString(site.resolve("page.md"), "un");
        assertThat(watcher.changed()).isTrue();
        assertThat(watcher.changed()).isFalse();
        Files.writeString(site.resolve("page.md"), "deux, plus long");
        assertThat(watcher.changed()).isTrue();
    }

    @Test
    void decodesPathsLikeAWebHost() {
        assertThat(RequestPath.decode("/a+b.txt")).contains(new RequestPath("/a+b.txt"));
        assertThat(RequestPath.decode("/caf%C3%A9/")).contains(new RequestPath("/café/"));
        assertThat(RequestPath.decode("/café/")).contains(new RequestPath("/café/"));
        assertThat(RequestPath.decode("/a%20b")).contains(new RequestPath("/a b"));
        for (String bad : List.of("/a%00b", "/a%0Ab", "/a%7Fb", "/%E9t%E9", "/a%zz", "/a%2", "/a%5Cb", "/%2e%2e/x",
                "/a/../b", "/./a", "relative", "")) {
            assertThat(RequestPath.decode(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void readsOneByteRange() {
        assertThat(ByteRange.of(Optional.empty(), 100)).isEqualTo(new ByteRange.Whole());
        assertThat(ByteRange.of(Optional.of("bytes=10-19"), 100)).isEqualTo(new ByteRange.Part(new ByteRange(10, 19)));
        assertThat(ByteRange.of(Optional.of("bytes=90-"), 100)).isEqualTo(new ByteRange.Part(new ByteRange(90, 99)));
        assertThat(ByteRange.of(Optional.of("bytes=90-500"), 100)).isEqualTo(new ByteRange.Part(new ByteRange(90, 99)));
        assertThat(ByteRange.of(Optional.of("bytes=-10"), 100)).isEqualTo(new ByteRange.Part(new ByteRange(90, 99)));
        assertThat(ByteRange.of(Optional.of("bytes=-500"), 100)).isEqualTo(new ByteRange.Part(new ByteRange(0, 99)));
        assertThat(ByteRange.of(Optional.of("bytes=100-"), 100)).isEqualTo(new ByteRange.Unsatisfiable());
        assertThat(ByteRange.of(Optional.of("bytes=-0"), 100)).isEqualTo(new ByteRange.Unsatisfiable());
        for (String ignored : List.of("bytes=0-1,5-6", "items=0-1", "bytes=5-1", "bytes=a-b", "bytes=-", "bytes=1")) {
            assertThat(ByteRange.of(Optional.of(ignored), 100)).as(ignored).isEqualTo(new ByteRange.Whole());
        }
        assertThat(new ByteRange(10, 19).contentRange(100)).isEqualTo("bytes 10-19/100");
    }

    @Test
    void knowsEditorsTemporaryFiles() {
        for (String temporary : List.of(".#page.md", "#page.md#", "page.md~", ".page.md.swp", ".page.md.swx", "4913",
                "page.md___jb_tmp___", ".goutputstream-ABC123", ".~lock.tableau.csv#")) {
            assertThat(EditorFiles.temporary(temporary)).as(temporary).isTrue();
        }
        for (String source : List.of("page.md", "index.md", "2024-bilan.md", "site.yaml", "#titre.md", "a.swpage")) {
            assertThat(EditorFiles.temporary(source)).as(source).isFalse();
        }
    }

    @Test
    void watcherIgnoresEditorsTemporaryFiles() throws Exception {
        Files.writeString(site.resolve("page.md"), "un");
        SourceWatcher watcher = new SourceWatcher(List.of(site));
        Files.writeString(site.resolve(".page.md.swp"), "swap");
        Files.writeString(site.resolve("page.md~"), "un");
        Files.writeString(site.resolve("4913"), "");
        assertThat(watcher.changed()).isFalse();
    }

    @Test
    void watcherSkipsFilesThatVanishDuringAScan() throws Exception {
        Files.createDirectories(site.resolve("pages"));
        SourceWatcher watcher = new SourceWatcher(List.of(site));
        AtomicBoolean stop = new AtomicBoolean();
        Thread churn = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                try {
                    Path dir = Files.createDirectories(site.resolve("pages/d" + (i % 3)));
                    Path file = Files.writeString(dir.resolve("f" + (i % 7) + ".md"), "x");
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(dir);
                } catch (java.io.IOException e) {
                    // the other side of the race: fine
                }
            }
        });
        churn.start();
        try {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
            int scans = 0;
            while (System.nanoTime() < end) {
                watcher.changed();
                scans++;
            }
            assertThat(scans).isPositive();
        } finally {
            stop.set(true);
            churn.join(5000);
        }
        watcher.changed();
        Files.writeString(site.resolve("pages/real.md"), "vrai");
        assertThat(watcher.changed()).isTrue();
    }

    @Test
    void refusesOneLivePageTooManyInFrench() throws Exception {
        try (PreviewServer server = PreviewServer.withLiveReload(site, 0)) {
            server.start();
            List<java.net.Socket> pages = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < PreviewServer.MAX_LIVE_PAGES; i++) {
                    pages.add(openEvents(server));
                }
                assertThat(server.livePages()).isEqualTo(PreviewServer.MAX_LIVE_PAGES);
                HttpResponse<String> refused = get(server, PreviewServer.RELOAD_PATH);
                assertThat(refused.statusCode()).isEqualTo(503);
                assertThat(refused.body()).contains("Trop de pages de prévisualisation ouvertes (32)");
            } finally {
                for (java.net.Socket page : pages) {
                    page.close();
                }
            }
        }
    }

    /** Opens a live-reload connection and waits for its status line. */
    static java.net.Socket openEvents(PreviewServer server) throws java.io.IOException {
        java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port());
        socket.setSoTimeout(5000);
        socket.getOutputStream().write(("GET " + PreviewServer.RELOAD_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        assertThat(reader.readLine()).startsWith("HTTP/1.1 200");
        return socket;
    }

    @Test
    void aRebuildThatThrowsAnErrorLeavesTheLastGoodSiteServed() throws Exception {
        Path sources = Files.createDirectories(site.resolve("src"));
        Path output = site.resolve("out");
        AtomicInteger builds = new AtomicInteger();
        Runnable build = () -> {
            if (builds.incrementAndGet() > 1) {
                throw new StackOverflowError();
            }
            write(output.resolve("index.html"), "<html><body><p>Bonne version</p></body></html>");
        };
        java.io.StringWriter err = new java.io.StringWriter();
        try (PreviewServer server = PreviewServer.withLiveReload(output, 0)) {
            PreviewSession session = new PreviewSession(build, new SourceWatcher(List.of(sources)), server,
                    new java.io.PrintWriter(err), false);
            session.start();
            Files.writeString(sources.resolve("page.md"), "modifiée");
            assertThat(session.poll()).isFalse();
            assertThat(err.toString()).contains("ERREUR la reconstruction a échoué (erreur interne StackOverflowError)",
                    "La prévisualisation garde la version précédente").doesNotContain("\tat ");
            assertThat(get(server, "/").body()).contains("Bonne version");
            assertThat(session.poll()).as("tried once more").isFalse();
            assertThat(builds.get()).isEqualTo(3);
            assertThat(session.poll()).as("then waits for the next change").isFalse();
            assertThat(builds.get()).isEqualTo(3);
        }
    }

    @Test
    void aRebuildFailureShowsItsTraceOnlyInDebugMode() throws Exception {
        java.io.StringWriter err = new java.io.StringWriter();
        try (PreviewServer server = PreviewServer.withLiveReload(site, 0)) {
            PreviewSession session = new PreviewSession(() -> {
                throw new IllegalStateException("cassé");
            }, new SourceWatcher(List.of()), server, new java.io.PrintWriter(err), true);
            session.start();
        }
        assertThat(err.toString()).contains("(erreur interne IllegalStateException) : cassé", "\tat ");
    }

    @Test
    void aCrashThenAGoodBuildReloadsTheOpenPages() throws Exception {
        Path sources = Files.createDirectories(site.resolve("src"));
        AtomicInteger builds = new AtomicInteger();
        Runnable build = () -> {
            if (builds.incrementAndGet() == 2) {
                throw new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException("content/.#page.md"));
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();
        try (PreviewServer server = PreviewServer.withLiveReload(site, 0)) {
            PreviewSession session = new PreviewSession(build, new SourceWatcher(List.of(sources)), server,
                    new java.io.PrintWriter(err), false);
            session.start();
            Files.writeString(sources.resolve("page.md"), "modifiée");
            assertThat(session.poll()).isFalse();
            assertThat(err.toString()).contains("ERREUR la reconstruction a échoué : un fichier a disparu pendant la "
                    + "lecture (content/.#page.md) ; un fichier temporaire d'éditeur, sans doute.");
            assertThat(session.poll()).as("the file vanished under the build: tried again").isTrue();
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFileMadeOnDemandIsMadeBeforeItIsServed(@org.junit.jupiter.api.io.TempDir Path site) throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        try (PreviewServer server = PreviewServer.withLiveReload(site, 0)) {
            server.onDemand("/memento/memento-entreprises.pdf", () -> {
                calls.incrementAndGet();
                try {
                    java.nio.file.Files.createDirectories(site.resolve("memento"));
                    java.nio.file.Files.writeString(site.resolve("memento/memento-entreprises.pdf"), "%PDF-1.7");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, new java.io.PrintWriter(java.io.Writer.nullWriter()));
            server.start();
            assertThat(get(server, "/memento/").statusCode()).isEqualTo(404);
            assertThat(calls).hasValue(0);
            HttpResponse<String> pdf = get(server, "/memento/memento-entreprises.pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.body()).isEqualTo("%PDF-1.7");
            assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
            assertThat(calls).hasValue(1);
        }
    }
}
