package fr.crefop.stages.hostile;

import fr.crefop.stages.cli.Main;
import fr.crefop.stages.pipeline.BuildLog;
import fr.crefop.stages.pipeline.BuildOptions;
import fr.crefop.stages.pipeline.SiteBuild;
import fr.crefop.stages.serve.PreviewServer;
import fr.crefop.stages.serve.PreviewSession;
import fr.crefop.stages.testing.HostileBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The preview survives a day of editing: editors' temporary files that come and go, pages opened and closed by the
 * hundred, odd addresses, a port already taken, a rebuild that crashes.
 */
class ServeHostileTest {

    @TempDir
    Path folder;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void editorsTemporaryFilesThatVanishDoNotStopTheLoopAndARealEditIsServed() throws Exception {
        HostileBuild hostile = HostileBuild.in(folder);
        Path source = hostile.site().root();
        Path output = hostile.site().output();
        BuildOptions options = new BuildOptions(source, output, false, true);
        StringWriter err = new StringWriter();
        try (PreviewServer server = PreviewServer.withLiveReload(output, 0)) {
            PreviewSession session = new PreviewSession(() -> new SiteBuild(options, BuildLog.silent()).run(),
                    PreviewSession.watcher(source), server, new PrintWriter(err), false);
            session.start();
            assertThat(get(server, "/").body()).contains("Bonjour.");
            AtomicReference<Throwable> died = new AtomicReference<>();
            Thread loop = new Thread(() -> {
                try {
                    session.run(Duration.ofMillis(20));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Throwable e) {
                    died.set(e);
                }
            }, "serve-loop");
            loop.start();
            try {
                Path content = source.resolve("content");
                AtomicBoolean stop = new AtomicBoolean();
                Thread editor = new Thread(() -> {
                    List<String> names = List.of(".#index.md", "index.md~", "4913", ".index.md.swp");
                    for (int i = 0; !stop.get(); i++) {
                        try {
                            Path file = Files.writeString(content.resolve(names.get(i % names.size())), "brouillon " + i);
                            Files.deleteIfExists(file);
                        } catch (IOException e) {
                            // racing with ourselves: fine
                        }
                    }
                });
                editor.start();
                Thread.sleep(3000);
                stop.set(true);
                editor.join(5000);

                assertThat(loop.isAlive()).as("serve loop alive; died of %s", died.get()).isTrue();
                assertThat(died.get()).isNull();
                hostile.site().add("""
                        -- content/index.md --
                        ---
                        title: Accueil
                        description: Accueil du site d'essai.
                        ---
                        Bonjour après la modification.
                        """);
                assertThat(eventually(Duration.ofSeconds(90),
                        () -> body(server, "/").contains("Bonjour après la modification."))).as(err.toString()).isTrue();
            } finally {
                loop.interrupt();
                loop.join(30_000);
            }
            assertThat(err.toString()).as("nothing went wrong").isEmpty();
        }
    }

    @Test
    void sixHundredLivePagesOpenedAndClosedLeakNothing() throws Exception {
        Files.writeString(folder.resolve("index.html"), "<html><body>Accueil</body></html>");
        try (PreviewServer server = PreviewServer.withLiveReload(folder, 0)) {
            server.start();
            long descriptorsBefore = descriptors();
            int accepted = 0;
            for (int i = 0; i < 600; i++) {
                try (Socket socket = new Socket("127.0.0.1", server.port())) {
                    socket.setSoTimeout(5000);
                    socket.getOutputStream().write(("GET /__memento/reload HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.US_ASCII)).readLine();
                    assertThat(status).matches("HTTP/1.1 (200|503) .*");
                    accepted += status.contains(" 200 ") ? 1 : 0;
                }
            }
            assertThat(accepted).isGreaterThanOrEqualTo(PreviewServer.MAX_LIVE_PAGES);
            assertThat(get(server, "/").statusCode()).isEqualTo(200);
            assertThat(eventually(Duration.ofSeconds(15), () -> server.livePages() == 0))
                    .as("live pages still counted: %d", server.livePages()).isTrue();
            if (descriptorsBefore >= 0) {
                assertThat(eventually(Duration.ofSeconds(10), () -> descriptors() <= descriptorsBefore + 20))
                        .as("open descriptors: before %d, now %d", descriptorsBefore, descriptors()).isTrue();
            }
            try (Socket again = new Socket("127.0.0.1", server.port())) {
                again.getOutputStream().write(("GET /__memento/reload HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                assertThat(new BufferedReader(new InputStreamReader(again.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine()).startsWith("HTTP/1.1 200");
            }
        }
    }

    @Test
    void answersOddRequestsLikeAWebHost() throws Exception {
        Path site = Files.createDirectories(folder.resolve("site"));
        Files.createDirectories(site.resolve("docs"));
        Files.writeString(site.resolve("docs/c++ et c#.txt"), "plus");
        Files.writeString(site.resolve("index.html"), "<html><body>Accueil</body></html>");
        byte[] video = new byte[10_000];
        new java.util.Random(7).nextBytes(video);
        Files.write(site.resolve("film.mp4"), video);
        try (PreviewServer server = PreviewServer.withLiveReload(site, 0)) {
            server.start();
            HttpResponse<String> plus = get(server, "/docs/c++%20et%20c%23.txt");
            assertThat(plus.statusCode()).isEqualTo(200);
            assertThat(plus.body()).isEqualTo("plus");

            HttpResponse<String> head = send(server, "HEAD", "/", "");
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("Content-Length")).contains(String.valueOf(body(server, "/")
                    .getBytes(StandardCharsets.UTF_8).length));

            HttpResponse<String> post = send(server, "POST", "/", "x");
            assertThat(post.statusCode()).isEqualTo(405);
            assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");

            HttpResponse<byte[]> whole = bytes(server, "/film.mp4", "");
            assertThat(whole.statusCode()).isEqualTo(200);
            assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
            HttpResponse<byte[]> middle = bytes(server, "/film.mp4", "bytes=1000-1999");
            assertThat(middle.statusCode()).isEqualTo(206);
            assertThat(middle.headers().firstValue("Content-Range")).contains("bytes 1000-1999/10000");
            assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(video, 1000, 2000));
            HttpResponse<byte[]> rest = bytes(server, "/film.mp4", "bytes=9000-");
            assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(video, 9000, 10_000));
            HttpResponse<byte[]> end = bytes(server, "/film.mp4", "bytes=-100");
            assertThat(end.headers().firstValue("Content-Range")).contains("bytes 9900-9999/10000");
            assertThat(end.body()).isEqualTo(Arrays.copyOfRange(video, 9900, 10_000));
            HttpResponse<byte[]> outside = bytes(server, "/film.mp4", "bytes=10000-");
            assertThat(outside.statusCode()).isEqualTo(416);
            assertThat(outside.headers().firstValue("Content-Range")).contains("bytes */10000");

            for (String bad : List.of("/index.html%00", "/%00", "/docs%5C..%5Cindex.html", "/docs/%2e%2e/index.html", "/%C3")) {
                assertThat(rawStatus(server, bad)).as(bad).isEqualTo("HTTP/1.1 400 Bad Request");
            }
        }
    }

    @Test
    void aSymbolicLinkOutOfTheSiteIsNotFollowed() throws Exception {
        Path site = Files.createDirectories(folder.resolve("site"));
        Path secret = Files.writeString(folder.resolve("secret.txt"), "secret");
        Path outside = Files.createDirectories(folder.resolve("ailleurs"));
        Files.writeString(outside.resolve("index.html"), "<p>ailleurs</p>");
        try {
            Files.createSymbolicLink(site.resolve("passwd"), Path.of("/etc/passwd"));
            Files.createSymbolicLink(site.resolve("secret.txt"), secret);
            Files.createSymbolicLink(site.resolve("dossier"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        Files.writeString(site.resolve("vrai.txt"), "vrai");
        Files.createSymbolicLink(site.resolve("lien.txt"), site.resolve("vrai.txt"));
        try (PreviewServer server = PreviewServer.withLiveReload(site, 0)) {
            server.start();
            for (String path : List.of("/passwd", "/secret.txt", "/dossier/", "/dossier/index.html", "/dossier")) {
                HttpResponse<String> response = get(server, path);
                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(response.body()).as(path).doesNotContain("root:", "secret", "ailleurs");
            }
            assertThat(get(server, "/lien.txt").body()).as("a link inside the site is fine").isEqualTo("vrai");
        } finally {
            Files.deleteIfExists(site.resolve("passwd"));
        }
    }

    @Test
    void anUnknownAddressGetsTheSitesOwn404Page() throws Exception {
        Path site = Files.createDirectories(folder.resolve("site"));
        try (PreviewServer server = PreviewServer.withLiveReload(site, 0)) {
            server.start();
            HttpResponse<String> plain = get(server, "/nulle-part/");
            assertThat(plain.statusCode()).isEqualTo(404);
            assertThat(plain.body()).contains("<title>Page introuvable</title>", "lang=\"fr\"");
            Files.writeString(site.resolve("404.html"), "<html><body><h1>Cette page n'existe pas</h1></body></html>");
            HttpResponse<String> own = get(server, "/nulle-part/");
            assertThat(own.statusCode()).isEqualTo(404);
            assertThat(own.body()).contains("<h1>Cette page n'existe pas</h1>");
            assertThat(send(server, "HEAD", "/nulle-part/", "").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aPortInUseStopsServeWithCode3AndAFrenchHint() throws Exception {
        HostileBuild hostile = HostileBuild.in(folder);
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = busy.getLocalPort();
            HostileBuild.Outcome outcome = hostile.run("serve", "--port", String.valueOf(port)).refusedCleanly(3);
            assertThat(outcome.stderr()).contains("ERREUR le port " + port + " est déjà utilisé sur 127.0.0.1",
                    "conseil : ", "choisissez un autre port avec --port " + (port + 1));
        }
    }

    @Test
    void everyCommandAnswersHelpInFrench() {
        for (String command : List.of("build", "check", "serve", "new")) {
            Console console = Console.run(command, "--help");
            assertThat(console.code()).as(command + " --help: " + console.err()).isZero();
            assertThat(console.out()).as(command).contains("Utilisation : memento-stages " + command,
                    "-h, --help", "Affiche cette aide", "Codes de sortie :");
            assertThat(console.err()).as(command).isEmpty();
        }
        Console serve = Console.run("serve", "-h");
        assertThat(serve.out()).contains("--port=PORT", "Dossier de prévisualisation. Défaut : target/preview");
        Console main = Console.run("--help");
        assertThat(main.out()).contains("Commandes :", "memento-stages COMMANDE --help");
    }

    /** What a command printed. */
    private record Console(int code, String out, String err) {

        static Console run(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream originalOut = System.out;
            PrintStream originalErr = System.err;
            int code;
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                code = Main.execute(args);
            } finally {
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
            return new Console(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return send(server, "GET", path, "");
    }

    private String body(PreviewServer server, String path) {
        try {
            return get(server, path).body();
        } catch (Exception e) {
            return "";
        }
    }

    private HttpResponse<String> send(PreviewServer server, String method, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.origin() + path)).timeout(Duration.ofSeconds(10))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> bytes(PreviewServer server, String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.origin() + path)).timeout(Duration.ofSeconds(10));
        if (!range.isEmpty()) {
            request.header("Range", range);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The status line of a request sent as is (no client library rewriting the path). */
    private static String rawStatus(PreviewServer server, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return status == null ? "connection dropped" : status.strip();
        }
    }

    /** Open file descriptors of this process, or -1 where they cannot be counted. */
    private static long descriptors() {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        try (var list = Files.list(fds)) {
            return list.count();
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean eventually(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
