package fr.crefop.stages.video;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;
import fr.crefop.stages.serve.PreviewServer;
import fr.crefop.stages.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: a video page with a sample MP4 and French captions written by the test itself (nothing downloaded).
 * Features tested: the native player with its captions track, chapters, credits, the transcript on the page,
 * the VideoObject JSON-LD, Range requests (206) on the file through the preview server, the « vidéo à venir »
 * state, the external-host link or click-to-load placeholder, and the build errors of a published video without captions or transcript.
 */
class VideoSiteTest {

    private static final String VIDEO_PAGE = """
            -- content/videos/index.md --
            ---
            title: Le film
            description: Un film sur les bons comportements en entreprise.
            layout: video
            etat: publiee
            date: 2026-03-02
            file: film.mp4
            captions: film.fr.vtt
            duration: "1:30"
            chapters:
              - temps: "0:00"
                titre: L'arrivée
              - temps: "1:05"
                titre: Le départ
            credits:
              - Section d'essai
            audience: [élèves]
            ---
            Présentation.

            ## Transcription

            Bonjour, voici le film.
            """;

    /** A few bytes of an MP4 header (an ftyp box), enough for a page and a Range test. */
    static byte[] sampleMp4() {
        byte[] box = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
        byte[] file = new byte[4096];
        System.arraycopy(box, 0, file, 0, box.length);
        return file;
    }

    static TestSite withSample(Path folder, String pages) throws Exception {
        TestSite site = TestSite.write(folder, TestSite.HOME + pages);
        Files.createDirectories(site.root().resolve("content/videos"));
        Files.write(site.root().resolve("content/videos/film.mp4"), sampleMp4());
        Files.writeString(site.root().resolve("content/videos/film.fr.vtt"),
                "WEBVTT\n\n00:00.000 --> 00:04.000\nBonjour, voici le film.\n", StandardCharsets.UTF_8);
        return site;
    }

    @Test
    void aPublishedVideoHasItsPlayerCaptionsChaptersAndTranscript(@TempDir Path folder) throws Exception {
        TestSite site = withSample(folder, VIDEO_PAGE);
        site.build();
        Document page = site.page("/videos/");
        Element video = page.selectFirst("video[controls]");
        assertThat(video.selectFirst("source").attr("src")).isEqualTo("/videos/film.mp4");
        assertThat(video.selectFirst("source").attr("type")).isEqualTo("video/mp4");
        Element track = video.selectFirst("track[kind=captions]");
        assertThat(track.attr("srclang")).isEqualTo("fr");
        assertThat(track.hasAttr("default")).isTrue();
        assertThat(track.attr("src")).isEqualTo("/videos/film.fr.vtt");
        assertThat(site.exists("videos/film.fr.vtt")).isTrue();
        assertThat(page.select(".video__chapters li").eachText()).containsExactly("0:00 — L’arrivée", "1:05 — Le départ");
        assertThat(page.select(".video__chapters time").eachAttr("datetime")).containsExactly("PT0S", "PT65S");
        assertThat(page.select(".video__credits li").eachText()).containsExactly("Section d’essai");
        assertThat(page.selectFirst("#transcription").text()).isEqualTo("Transcription");
        assertThat(page.selectFirst(".prose").text()).contains("Bonjour, voici le film.");
        String json = page.selectFirst("script[type=application/ld+json]").data();
        assertThat(json).contains("\"@type\":\"VideoObject\"", "\"name\":\"Le film\"", "\"duration\":\"PT90S\"",
                "\"uploadDate\":\"2026-03-02\"", "\"contentUrl\":\"/videos/film.mp4\"");
        assertThat(page.select("iframe")).isEmpty();
    }

    @Test
    void theVideoFileIsServedWithRangeSupport(@TempDir Path folder) throws Exception {
        TestSite site = withSample(folder, VIDEO_PAGE);
        site.build();
        try (PreviewServer server = new PreviewServer(site.output(), 0, html -> html)) {
            server.start();
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.address("/videos/film.mp4"))
                    .header("Range", "bytes=4-7").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(206);
            assertThat(new String(response.body(), StandardCharsets.US_ASCII)).isEqualTo("ftyp");
            assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 4-7/4096");
        }
    }

    @Test
    void anUpcomingVideoShowsItsStateWithoutPlayer(@TempDir Path folder) {
        TestSite site = TestSite.write(folder, TestSite.HOME + """
                -- content/videos/index.md --
                ---
                title: Le film
                description: Un film en préparation.
                layout: video
                etat: a-venir
                ---
                Bientôt.
                """);
        site.build();
        Document page = site.page("/videos/");
        assertThat(page.selectFirst(".video__state").text()).isEqualTo("Vidéo à venir");
        assertThat(page.select("video, script[type=application/ld+json]")).isEmpty();
    }

    @Test
    void anExternalVideoIsAPlainLinkNamingItsHost(@TempDir Path folder) throws Exception {
        TestSite site = withSample(folder, VIDEO_PAGE.replace("file: film.mp4", "external: https://video.exemple.test/v/123"));
        site.build();
        Document page = site.page("/videos/");
        assertThat(page.select("iframe, video")).isEmpty();
        Element link = page.selectFirst(".video__external a[href=https://video.exemple.test/v/123]");
        assertThat(link.text()).isEqualTo("Voir la vidéo sur video.exemple.test");
        assertThat(page.select(".video button, [data-embed], .video__consent")).as("unknown host: a link only").isEmpty();
        assertThat(page.select("script[src$=video-consent.js]")).isEmpty();
    }

    @Test
    void aYouTubeVideoIsAClickToLoadPlaceholderNamingItsHost(@TempDir Path folder) throws Exception {
        TestSite site = withSample(folder, VIDEO_PAGE.replace("file: film.mp4",
                "external: https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=5\nposter: affiche.png"));
        Files.write(site.root().resolve("content/videos/affiche.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        site.build();
        Document page = site.page("/videos/");
        Element placeholder = page.selectFirst(".video__external .video__consent");
        assertThat(placeholder.text()).contains("Le film", "Cette vidéo est hébergée par www.youtube.com. En la chargeant, "
                + "vous acceptez que www.youtube.com reçoive votre adresse IP et dépose éventuellement des cookies.");
        assertThat(placeholder.selectFirst("img").attr("src")).isEqualTo("/videos/affiche.png");
        Element button = placeholder.selectFirst("button[type=button]");
        assertThat(button.text()).isEqualTo("Charger la vidéo depuis www.youtube.com");
        assertThat(button.attr("data-embed")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(button.attr("data-title")).isEqualTo("Vidéo : Le film (www.youtube.com)");
        assertThat(page.selectFirst(".video__external a[href^=https://www.youtube.com/watch]").text())
                .isEqualTo("Voir la vidéo sur www.youtube.com");
        assertThat(page.select("script[src=/assets/js/video-consent.js][defer]")).hasSize(1);
        assertThat(site.exists("assets/js/video-consent.js")).isTrue();
        // Nothing from the other site before the click: no frame, no image, no preconnect, no script from it.
        assertThat(page.select("iframe, video, link[rel~=preconnect|dns-prefetch|preload|prefetch]")).isEmpty();
        assertThat(page.select("[src]").eachAttr("src")).noneMatch(src -> src.contains("youtube") || src.startsWith("http"));
        assertThat(site.page("/").select("script[src$=video-consent.js]")).as("only on that video page").isEmpty();
    }

    @Test
    void aNonHttpsExternalAddressIsAnErrorNamingTheFileAndLine(@TempDir Path folder) throws Exception {
        TestSite site = withSample(folder, VIDEO_PAGE.replace("file: film.mp4", "external: http://www.youtube.com/watch?v=dQw4w9WgXcQ"));
        Finding error = TestSite.onlyError(site.buildFails());
        assertThat(error.path()).isEqualTo("content/videos/index.md");
        assertThat(error.line()).isEqualTo(7);
        assertThat(error.message()).isEqualTo("adresse externe invalide « http://www.youtube.com/watch?v=dQw4w9WgXcQ »");
        assertThat(error.hint()).contains("https://");
    }

    @Test
    void aPublishedVideoWithoutCaptionsIsAnErrorNamingTheFileAndLine(@TempDir Path folder) throws Exception {
        TestSite site = withSample(folder, VIDEO_PAGE.replace("captions: film.fr.vtt\n", ""));
        Finding error = TestSite.onlyError(site.buildFails());
        assertThat(error.path()).isEqualTo("content/videos/index.md");
        assertThat(error.line()).isEqualTo(5);
        assertThat(error.message()).isEqualTo("vidéo publiée sans sous-titres");
    }

    @Test
    void aPublishedVideoWithoutTranscriptIsAnError(@TempDir Path folder) throws Exception {
        TestSite site = withSample(folder, VIDEO_PAGE.replace("## Transcription", "## Le texte"));
        Finding error = TestSite.onlyError(site.buildFails());
        assertThat(error.path()).isEqualTo("content/videos/index.md");
        assertThat(error.line()).isEqualTo(5);
        assertThat(error.message()).isEqualTo("vidéo publiée sans transcription");
        assertThat(error.hint()).contains("## Transcription");
    }

    @Test
    void aCaptionsFileThatDoesNotExistIsAnError(@TempDir Path folder) throws Exception {
        TestSite site = withSample(folder, VIDEO_PAGE.replace("film.fr.vtt", "absent.vtt"));
        SiteException failure = site.buildFails();
        Finding error = TestSite.onlyError(failure);
        assertThat(error.line()).isEqualTo(8);
        assertThat(error.message()).isEqualTo("fichier introuvable pour « captions » : absent.vtt");
    }
}
