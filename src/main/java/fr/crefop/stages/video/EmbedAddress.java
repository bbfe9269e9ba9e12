package fr.crefop.stages.video;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The player address (for an {@code <iframe>}) of a video on a well-known host, computed at build time from the
 * {@code external:} address: YouTube (watch, short, shorts and embed addresses → the no-cookie domain), Vimeo,
 * Dailymotion, and PeerTube ({@code /w/ID}, {@code /videos/watch/ID} on any host). Any other address has no player
 * address: the page then only links to it.
 */
public final class EmbedAddress {

    private static final Set<String> YOUTUBE = Set.of("youtube.com", "www.youtube.com", "m.youtube.com",
            "youtube-nocookie.com", "www.youtube-nocookie.com");
    private static final Set<String> VIMEO = Set.of("vimeo.com", "www.vimeo.com", "player.vimeo.com");
    private static final Set<String> DAILYMOTION = Set.of("dailymotion.com", "www.dailymotion.com");
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|shorts|live)/([A-Za-z0-9_-]{11})/?");
    private static final Pattern YOUTUBE_SHORT = Pattern.compile("/([A-Za-z0-9_-]{11})/?");
    private static final Pattern VIMEO_PATH = Pattern.compile("/(?:video/)?(\\d+)(?:/([0-9a-f]+))?/?");
    private static final Pattern DAILYMOTION_PATH = Pattern.compile("/(?:embed/)?video/([A-Za-z0-9]+)(?:_[^/]*)?/?");
    private static final Pattern DAILYMOTION_SHORT = Pattern.compile("/([A-Za-z0-9]+)/?");
    private static final Pattern PEERTUBE_PATH = Pattern.compile("/(?:w|videos/watch|videos/embed)/([A-Za-z0-9-]+)/?");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]+");

    private EmbedAddress() {
    }

    /** The player address of {@code external} (an {@code https://} address), or empty for an unknown host. */
    public static Optional<String> of(URI external) {
        if (!"https".equalsIgnoreCase(external.getScheme()) || external.getHost() == null) {
            return Optional.empty();
        }
        String host = external.getHost().toLowerCase(Locale.ROOT);
        String path = external.getRawPath() == null || external.getRawPath().isEmpty() ? "/" : external.getRawPath();
        if (YOUTUBE.contains(host)) {
            return youtube(path, external.getRawQuery());
        }
        if (host.equals("youtu.be")) {
            return match(YOUTUBE_SHORT, path).map(id -> "https://www.youtube-nocookie.com/embed/" + id);
        }
        if (VIMEO.contains(host)) {
            Matcher m = VIMEO_PATH.matcher(path);
            if (!m.matches()) {
                return Optional.empty();
            }
            String hash = m.group(2) != null ? m.group(2) : query(external.getRawQuery(), "h").filter(h -> HASH.matcher(h).matches()).orElse("");
            return Optional.of("https://player.vimeo.com/video/" + m.group(1) + (hash.isEmpty() ? "" : "?h=" + hash));
        }
        if (DAILYMOTION.contains(host)) {
            return match(DAILYMOTION_PATH, path).map(EmbedAddress::dailymotion);
        }
        if (host.equals("dai.ly")) {
            return match(DAILYMOTION_SHORT, path).map(EmbedAddress::dailymotion);
        }
        String authority = host + (external.getPort() == -1 ? "" : ":" + external.getPort());
        return match(PEERTUBE_PATH, path).map(id -> "https://" + authority + "/videos/embed/" + id);
    }

    private static Optional<String> youtube(String path, String query) {
        Optional<String> id = path.equals("/watch") || path.equals("/watch/")
                ? query(query, "v").filter(v -> YOUTUBE_ID.matcher(v).matches())
                : match(YOUTUBE_PATH, path);
        return id.map(v -> "https://www.youtube-nocookie.com/embed/" + v);
    }

    private static String dailymotion(String id) {
        return "https://www.dailymotion.com/embed/video/" + id;
    }

    private static Optional<String> match(Pattern pattern, String path) {
        Matcher m = pattern.matcher(path);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> query(String query, String name) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return Optional.of(pair.substring(eq + 1));
            }
        }
        return Optional.empty();
    }
}
