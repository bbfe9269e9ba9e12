package fr.crefop.stages.video;

import fr.crefop.stages.config.PublicAddress;
import fr.crefop.stages.config.YamlMap;
import fr.crefop.stages.content.FrenchText;
import fr.crefop.stages.content.HeaderMap;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.diag.SiteException;
import org.snakeyaml.engine.v2.nodes.Node;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The video pages ({@code layout: video}): their header keys read and checked at load. A published video (not
 * {@code etat: a-venir}) needs a file or an external address, French captions (WebVTT) and a « Transcription »
 * section: otherwise the build stops, naming the file and the line.
 */
public final class Videos {

    public static final String LAYOUT = "video";
    public static final String UPCOMING = "a-venir";
    public static final String PUBLISHED = "publiee";
    public static final String TRANSCRIPT_HEADING = "Transcription";
    private static final Pattern TIME = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2})");
    private static final Pattern TRANSCRIPT = Pattern.compile("(?m)^##\\s+" + TRANSCRIPT_HEADING + "\\b");

    private final Map<String, VideoView> views = new HashMap<>();

    private Videos() {
    }

    /** Reads every video page among {@code pages}; problems go to {@code findings}. */
    public static Videos load(List<SourcePage> pages, Path content, PublicAddress site, String basePath, Findings findings) {
        Videos videos = new Videos();
        for (SourcePage page : pages) {
            if (!page.frontMatter().layout().equals(LAYOUT)) {
                continue;
            }
            try {
                HeaderMap.of(page).ifPresent(map -> videos.views.put(page.address(),
                        new VideoReader(page, map, content, site, basePath).read()));
            } catch (SiteException e) {
                findings.addAll(e.findings());
            }
        }
        return videos;
    }

    public VideoView view(SourcePage page) {
        return views.getOrDefault(page.address(), VideoView.NONE);
    }

    /** Reads the header of one video page. */
    private record VideoReader(SourcePage page, YamlMap map, Path content, PublicAddress site, String basePath) {

        VideoView read() {
            String state = map.get("etat").map(map::scalar).orElse(PUBLISHED);
            if (!state.equals(UPCOMING) && !state.equals(PUBLISHED)) {
                throw map.error(map.get("etat").orElseThrow(), "état de vidéo inconnu « " + state + " »",
                        "écrivez « etat: a-venir » tant que le film n'est pas publié, « etat: publiee » ensuite");
            }
            boolean upcoming = state.equals(UPCOMING);
            int stateLine = map.get("etat").or(() -> map.get("layout")).map(YamlMap.Entry::line).orElse(1);
            Optional<String> file = local("file");
            Optional<String> captions = local("captions");
            Optional<String> poster = local("poster");
            String external = map.get("external").map(map::scalar).map(String::strip).orElse("");
            URI externalUri = external.isEmpty() ? URI.create("") : externalUri(external);
            String host = external.isEmpty() ? "" : externalUri.getHost();
            String embed = external.isEmpty() ? "" : EmbedAddress.of(externalUri).orElse("");
            if (!upcoming) {
                List<Finding> missing = new ArrayList<>();
                if (file.isEmpty() && external.isEmpty()) {
                    missing.add(Finding.error(page.path(), stateLine, "video", "vidéo publiée sans fichier ni adresse externe",
                            "ajoutez « file: film.mp4 » (fichier placé à côté de la page) ou « external: https://… », "
                                    + "ou laissez « etat: a-venir »"));
                }
                if (captions.isEmpty()) {
                    missing.add(Finding.error(page.path(), stateLine, "video", "vidéo publiée sans sous-titres",
                            "ajoutez « captions: film.fr.vtt » (sous-titres français WebVTT placés à côté de la page), "
                                    + "ou laissez « etat: a-venir »"));
                }
                if (!TRANSCRIPT.matcher(page.body()).find()) {
                    missing.add(Finding.error(page.path(), stateLine, "video", "vidéo publiée sans transcription",
                            "ajoutez dans la page un intertitre « ## " + TRANSCRIPT_HEADING + " » suivi du texte complet du film, "
                                    + "ou laissez « etat: a-venir »"));
                }
                if (!missing.isEmpty()) {
                    throw new SiteException("load", missing);
                }
            }
            String duration = map.get("duration").map(map::scalar).map(String::strip).orElse("");
            String durationIso = duration.isEmpty() ? "" : "PT" + seconds(duration, map.get("duration").orElseThrow()) + "S";
            VideoView view = new VideoView(true, upcoming, file.map(this::url).orElse(""),
                    file.map(Videos::mediaType).orElse(""), captions.map(this::url).orElse(""),
                    poster.map(this::url).orElse(""), duration, durationIso, chapters(),
                    map.get("credits").map(map::strings).orElse(List.<String>of()).stream().map(FrenchText::typeset).toList(), external, host, embed, "");
            return upcoming ? view : withJsonLd(view);
        }

        private VideoView withJsonLd(VideoView v) {
            String json = VideoJsonLd.of(page, v, site);
            return new VideoView(v.present(), v.upcoming(), v.src(), v.type(), v.captions(), v.poster(), v.duration(),
                    v.durationIso(), v.chapters(), v.credits(), v.external(), v.host(), v.embed(), json);
        }

        /** A file named next to the page: must be a plain relative name, and exist. */
        private Optional<String> local(String key) {
            return map.get(key).map(entry -> {
                String name = map.scalar(entry).strip();
                if (name.isEmpty() || name.startsWith("/") || name.contains("..") || name.contains("\\") || name.contains(":")) {
                    throw map.error(entry, "« " + key + " » doit nommer un fichier placé à côté de la page : « " + name + " »",
                            "écrivez seulement le nom du fichier, par exemple « " + key + ": " + example(key) + " »");
                }
                Path folder = content.resolve(page.contentPath()).getParent();
                Path target = folder.resolve(name).normalize();
                if (!target.startsWith(content) || !Files.isRegularFile(target)) {
                    throw map.error(entry, "fichier introuvable pour « " + key + " » : " + name,
                            "placez le fichier dans le même dossier que la page (" + content.relativize(folder.normalize()) + ")");
                }
                return name;
            });
        }

        private String url(String name) {
            String folder = page.contentPath().contains("/") ? page.contentPath().substring(0, page.contentPath().lastIndexOf('/') + 1) : "";
            return basePath + folder + name;
        }

        private List<Chapter> chapters() {
            List<Chapter> chapters = new ArrayList<>();
            map.get("chapters").ifPresent(entry -> {
                for (Node item : map.items(entry)) {
                    YamlMap chapter = map.nested(item);
                    String time = chapter.string("temps").orElseThrow(() -> map.error(item, "chapitre sans « temps »",
                            "écrivez par exemple « - temps: \"1:05\" » puis « titre: … »"));
                    String title = chapter.string("titre").orElseThrow(() -> map.error(item, "chapitre sans « titre »",
                            "écrivez par exemple « titre: L'arrivée dans l'entreprise »"));
                    chapters.add(new Chapter(time, seconds(time, entry), FrenchText.typeset(title)));
                }
            });
            return chapters;
        }

        private int seconds(String time, YamlMap.Entry entry) {
            Matcher m = TIME.matcher(time.strip());
            if (!m.matches()) {
                throw map.error(entry, "durée invalide « " + time + " »", "écrivez minutes:secondes, par exemple « 3:20 » (ou « 1:02:03 »)");
            }
            int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            return hours * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
        }

        /** The external address: an absolute {@code https://} address with a host, else an error at its line. */
        private URI externalUri(String external) {
            try {
                URI uri = new URI(external);
                if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new java.net.URISyntaxException(external, "not https");
                }
                return uri;
            } catch (java.net.URISyntaxException e) {
                throw map.error(map.get("external").orElseThrow(), "adresse externe invalide « " + external + " »",
                        "écrivez l'adresse complète de la vidéo chez l'hébergeur, commençant par https://");
            }
        }

        private static String example(String key) {
            return switch (key) {
                case "captions" -> "film.fr.vtt";
                case "poster" -> "affiche-film.jpg";
                default -> "film.mp4";
            };
        }
    }

    static String mediaType(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".webm")) {
            return "video/webm";
        }
        if (lower.endsWith(".ogv")) {
            return "video/ogg";
        }
        return "video/mp4";
    }
}
