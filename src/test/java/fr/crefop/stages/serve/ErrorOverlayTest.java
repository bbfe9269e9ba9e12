package fr.crefop.stages.serve;

import fr.crefop.stages.pipeline.BuildLog;
import fr.crefop.stages.pipeline.BuildOptions;
import fr.crefop.stages.pipeline.SiteBuild;
import fr.crefop.stages.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused save shows its findings over the open pages (server-sent event); the next good save removes them. */
class ErrorOverlayTest {

    @TempDir
    Path folder;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aBrokenSaveSendsItsFindingsAndTheNextGoodSaveClearsThem() throws Exception {
        TestSite site = TestSite.write(folder.resolve("site"), TestSite.HOME + """
                -- content/a.md --
                ---
                title: Page A
                description: Une page.
                ---
                Texte.
                """);
        Path preview = folder.resolve("preview");
        BuildOptions options = new BuildOptions(site.root(), preview, false, true);
        StringWriter err = new StringWriter();
        try (PreviewServer server = PreviewServer.withLiveReload(preview, 0)) {
            PreviewSession session = new PreviewSession(() -> new SiteBuild(options, BuildLog.silent()).run(),
                    PreviewSession.watcher(site.root()), server, new PrintWriter(err), false);
            session.start();
            BlockingQueue<String> events = listen(server);

            site.add("""
                    -- content/a.md --
                    ---
                    title: Page A
                    description: Une page.
                    ---
                    Texte.

                    Voir [la page absente](absente.md).
                    """);
            assertThat(session.poll()).isFalse();
            String shown = events.poll(5, TimeUnit.SECONDS);
            assertThat(shown).startsWith("event: erreurs").contains("\"fichier\":\"content/a.md\"", "\"ligne\":7",
                    "absente.md", "\"severite\":\"erreur\"");
            assertThat(err.toString()).contains("content/a.md:7");
            assertThat(Files.readString(preview.resolve("a/index.html"))).doesNotContain("absente");
            assertThat(listen(server).poll(5, TimeUnit.SECONDS)).as("a page opened now shows them too")
                    .startsWith("event: erreurs");

            site.add("""
                    -- content/a.md --
                    ---
                    title: Page A
                    description: Une page.
                    ---
                    Texte corrigé.
                    """);
            assertThat(session.poll()).isTrue();
            assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("data: reload");
            BlockingQueue<String> later = listen(server);
            assertThat(later.poll(300, TimeUnit.MILLISECONDS)).as("no overlay after a good save").isNull();
        }
    }

    @Test
    void theInjectedScriptShowsAnAccessibleFrenchDialog() {
        String script = PreviewServer.RELOAD_SCRIPT;
        assertThat(script).contains("EventSource('" + PreviewServer.RELOAD_PATH + "')", "location.reload()",
                "addEventListener('erreurs'", "'role','alertdialog'", "aria-labelledby", "'Fermer'", "b.focus()",
                "textContent", "Conseil : ", "ligne ").doesNotContain("innerHTML");
    }

    @Test
    void findingsTravelAsOneLineOfJson() {
        byte[] event = ErrorOverlay.event(java.util.List.of(fr.crefop.stages.diag.Finding.error("content/a.md", 3,
                "link", "un \"lien\"\nsur deux lignes", "")));
        assertThat(new String(event, StandardCharsets.UTF_8)).isEqualTo("event: erreurs\ndata: [{\"severite\":\"erreur\","
                + "\"fichier\":\"content/a.md\",\"ligne\":3,\"message\":\"un \\\"lien\\\"\\nsur deux lignes\",\"conseil\":\"\"}]\n\n");
    }

    /** Events of a new listener: each {@code data:} line, with the {@code event:} line before it if any. */
    private BlockingQueue<String> listen(PreviewServer server) throws Exception {
        HttpResponse<java.io.InputStream> response = client.send(HttpRequest.newBuilder(
                URI.create(server.origin() + PreviewServer.RELOAD_PATH)).build(), HttpResponse.BodyHandlers.ofInputStream());
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String event = "";
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event:")) {
                        event = line + "\n";
                    } else if (line.startsWith("data:")) {
                        queue.add(event + line);
                        event = "";
                    }
                }
            } catch (java.io.IOException e) {
                // closed with the server
            }
        });
        reader.setDaemon(true);
        reader.start();
        return queue;
    }
}
