package fr.crefop.stages.video;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The player address of the well-known hosts, computed from the page's {@code external:} address. */
class EmbedAddressTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ?si=abc, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/shorts/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/embed/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://vimeo.com/76979871, https://player.vimeo.com/video/76979871",
            "https://vimeo.com/76979871/8272103f6e, https://player.vimeo.com/video/76979871?h=8272103f6e",
            "https://player.vimeo.com/video/76979871, https://player.vimeo.com/video/76979871",
            "https://www.dailymotion.com/video/x8abcd1, https://www.dailymotion.com/embed/video/x8abcd1",
            "https://dai.ly/x8abcd1, https://www.dailymotion.com/embed/video/x8abcd1",
            "https://tube.exemple.fr/w/9c9de5e8-0a1e-484a-b099-e80766180a6d, https://tube.exemple.fr/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d",
            "https://tube.exemple.fr/w/kkGMgK9ZtnKfYAgnEtQxbv, https://tube.exemple.fr/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv",
            "https://tube.exemple.fr:8443/videos/watch/kkGMgK9ZtnKfYAgnEtQxbv, https://tube.exemple.fr:8443/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv",
    })
    void aWellKnownHostHasItsPlayerAddress(String external, String embed) {
        assertThat(EmbedAddress.of(URI.create(external))).hasValue(embed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://video.exemple.test/v/123",
            "https://www.youtube.com/",
            "https://www.youtube.com/watch?v=trop-court",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22%3E",
            "https://www.youtube.com/channel/UCabcdefghijk",
            "https://vimeo.com/channels/staffpicks",
            "https://www.dailymotion.com/user/exemple",
            "https://tube.exemple.fr/a/compte/videos",
            "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "http://tube.exemple.fr/w/kkGMgK9ZtnKfYAgnEtQxbv",
    })
    void anyOtherAddressHasNone(String external) {
        assertThat(EmbedAddress.of(URI.create(external))).isEmpty();
    }
}
