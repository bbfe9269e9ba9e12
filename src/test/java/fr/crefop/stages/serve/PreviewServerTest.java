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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview server: pages with the reload script, folders, 404, no way out of the site, reload events. */
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
            assertThat(get(server, "/%2e%2e/secret-" + site.getFileName() + ".txt").statusCode()).isIn(403, 404);
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
}
