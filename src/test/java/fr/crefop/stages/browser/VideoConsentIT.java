package fr.crefop.stages.browser;

import fr.crefop.stages.serve.PreviewServer;
import fr.crefop.stages.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: one video page whose {@code external:} is a YouTube address. Features tested in Chromium: on load nothing
 * leaves 127.0.0.1 and there is no frame; the button « Charger la vidéo depuis www.youtube.com » is shown by
 * {@code video-consent.js}; a click replaces the placeholder with the titled no-cookie player frame, focused, and
 * only then does the browser ask the other site.
 */
class VideoConsentIT {

    @Test
    void thePlayerOfAnotherHostIsRequestedOnlyAfterTheClick(@TempDir Path folder) throws Exception {
        Optional<BrowserInstall> install = BrowserInstall.lookUp();
        BrowserInstall.skipUnless(install);
        TestSite site = TestSite.write(folder, TestSite.HOME + """
                -- content/videos/index.md --
                ---
                title: Le film
                description: Un film sur les bons comportements en entreprise.
                layout: video
                external: https://www.youtube.com/watch?v=dQw4w9WgXcQ
                captions: film.fr.vtt
                ---
                Présentation.

                ## Transcription

                Bonjour, voici le film.
                """);
        Files.writeString(site.root().resolve("content/videos/film.fr.vtt"), "WEBVTT\n\n00:00.000 --> 00:04.000\nBonjour.\n",
                StandardCharsets.UTF_8);
        site.build();
        try (PreviewServer server = new PreviewServer(site.output(), 0, html -> html);
             Browser browser = Browser.launch(install.get())) {
            server.start();
            browser.open(server.address("/videos/"));
            assertThat(browser.driver().findElements(By.tagName("iframe"))).isEmpty();
            WebElement button = browser.driver().findElement(By.cssSelector("button.video__load"));
            assertThat(button.isDisplayed()).isTrue();
            assertThat(button.getText()).isEqualTo("Charger la vidéo depuis www.youtube.com");
            // Chromium's own sign-in call (accounts.google.com, no flag turns it off: see RequestGate) is not the page's
            assertThat(browser.outboundRequests()).as("nothing before the click")
                    .filteredOn(request -> !request.contains("accounts.google.com")).isEmpty();
            assertThat(browser.script("return performance.getEntriesByType('resource')"
                    + ".filter(e => !e.name.startsWith(location.origin)).length")).as("no resource from elsewhere").isEqualTo(0L);

            button.click();
            List<WebElement> frames = browser.driver().findElements(By.tagName("iframe"));
            assertThat(frames).hasSize(1);
            WebElement frame = frames.get(0);
            assertThat(frame.getAttribute("src")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
            assertThat(frame.getAttribute("title")).isEqualTo("Vidéo : Le film (www.youtube.com)");
            assertThat(frame.getAttribute("referrerpolicy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(frame.getAttribute("loading")).isEqualTo("lazy");
            assertThat(browser.script("return document.activeElement.tagName")).isEqualTo("IFRAME");
            assertThat(browser.driver().findElements(By.cssSelector(".video__consent"))).isEmpty();
            assertThat(browser.driver().findElement(By.cssSelector(".video__external a")).getText())
                    .isEqualTo("Voir la vidéo sur www.youtube.com");
        }
    }
}
