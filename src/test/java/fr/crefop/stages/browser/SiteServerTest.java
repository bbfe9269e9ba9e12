package fr.crefop.stages.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Site: a few files in a temporary folder. Features tested: how {@link SiteServer} answers, as a web host would. */
class SiteServerTest {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void servesFoldersByTheirIndexWithTheRightContentTypes(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("memento/faq"));
        Files.writeString(root.resolve("index.html"), "<!DOCTYPE html><title>Accueil</title>");
        Files.writeString(root.resolve("memento/faq/index.html"), "<!DOCTYPE html><title>FAQ</title>");
        Files.writeString(root.resolve("site.css"), "body{}");
        Files.writeString(root.resolve("data.csv"), "a;b");

        try (SiteServer server = SiteServer.serve(root)) {
            assertThat(server.origin()).startsWith("http://127.0.0.1:");
            HttpResponse<String> home = get(server.address("/"));
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Accueil");
            assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(get(server.address("/memento/faq/")).body()).contains("FAQ");
            assertThat(get(server.address("/site.css")).headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
            assertThat(get(server.address("/data.csv")).headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        }
    }

    @Test
    void redirectsAFolderWithoutItsSlashAndAnswersNothingElse(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("site/memento"));
        Files.writeString(root.resolve("site/memento/index.html"), "<!DOCTYPE html><title>Mémento</title>");
        Files.writeString(root.resolve("secret.txt"), "outside the site");

        try (SiteServer server = SiteServer.serve(root.resolve("site"))) {
            HttpResponse<String> folder = get(server.address("/memento"));
            assertThat(folder.statusCode()).isEqualTo(301);
            assertThat(folder.headers().firstValue("Location")).hasValue("/memento/");
            assertThat(get(server.address("/absent/")).statusCode()).isEqualTo(404);
            assertThat(get(server.address("/%2e%2e/secret.txt")).statusCode()).isIn(400, 404);
        }
    }

    @Test
    void keepsTheBrowserOnAPageLeftAtAnOldAddress() {
        String page = "<head><meta charset=\"utf-8\">\n<meta http-equiv=\"refresh\" content=\"0; url=/memento/\">\n"
                + "<link rel=\"canonical\" href=\"/memento/\"></head>";

        String served = new String(SiteServer.withoutImmediateRefresh(page.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);

        assertThat(served).doesNotContain("refresh").contains("<meta charset=\"utf-8\">").contains("canonical");
        byte[] delayed = "<meta http-equiv=\"refresh\" content=\"30\">".getBytes(StandardCharsets.UTF_8);
        assertThat(SiteServer.withoutImmediateRefresh(delayed)).isEqualTo(delayed);
    }

    @Test
    void namesContentTypesByExtension() {
        assertThat(SiteServer.type(Path.of("a/chart.svg"))).isEqualTo("image/svg+xml");
        assertThat(SiteServer.type(Path.of("a/data.JSON"))).isEqualTo("application/json");
        assertThat(SiteServer.type(Path.of("a/file"))).isEqualTo("application/octet-stream");
    }

    private HttpResponse<String> get(URI address) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());
    }
}
