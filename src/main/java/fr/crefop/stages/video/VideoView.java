package fr.crefop.stages.video;

import java.util.List;

/**
 * What the {@code video} layout knows ({@code video} in templates). No value is null.
 *
 * @param present      the page is a video page
 * @param upcoming     {@code etat: a-venir}: the film is not published yet
 * @param src          the video file's address on the site, or empty
 * @param type         its media type ({@code video/mp4}, {@code video/webm})
 * @param captions     the French WebVTT captions' address, or empty
 * @param poster       the poster image's address, or empty
 * @param duration     as written ({@code 3:20}), or empty
 * @param durationIso  ISO 8601 ({@code PT3M20S}), or empty
 * @param chapters     chapters, possibly none
 * @param credits      credits lines
 * @param external     the address of the video on another host, or empty
 * @param host         that host's name ({@code www.dailymotion.com})
 * @param embed        the host's player address for an {@code <iframe>} loaded on the reader's click (see
 *                     {@link EmbedAddress}), or empty (no external address, or an unknown host: a link only)
 * @param jsonLd       the schema.org VideoObject of a published video, or empty
 */
public record VideoView(boolean present, boolean upcoming, String src, String type, String captions, String poster,
                        String duration, String durationIso, List<Chapter> chapters, List<String> credits,
                        String external, String host, String embed, String jsonLd) {

    public static final VideoView NONE = new VideoView(false, false, "", "", "", "", "", "", List.of(), List.of(), "", "", "", "");

    public VideoView {
        chapters = List.copyOf(chapters);
        credits = List.copyOf(credits);
    }
}
