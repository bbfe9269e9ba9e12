package fr.crefop.stages.video;

import fr.crefop.stages.content.JsonText;

import fr.crefop.stages.config.PublicAddress;
import fr.crefop.stages.content.SourcePage;

import java.util.ArrayList;
import java.util.List;

/** The schema.org {@code VideoObject} of a published video, as JSON-LD (addresses absolute when the site's url is known). */
final class VideoJsonLd {

    private VideoJsonLd() {
    }

    static String of(SourcePage page, VideoView video, PublicAddress site) {
        List<String> fields = new ArrayList<>();
        fields.add(pair("@context", "https://schema.org"));
        fields.add(pair("@type", "VideoObject"));
        fields.add(pair("name", page.title()));
        fields.add(pair("description", page.frontMatter().description()));
        fields.add(pair("inLanguage", "fr"));
        page.frontMatter().date().ifPresent(d -> fields.add(pair("uploadDate", d.toString())));
        if (!video.durationIso().isEmpty()) {
            fields.add(pair("duration", video.durationIso()));
        }
        if (!video.poster().isEmpty()) {
            fields.add(pair("thumbnailUrl", absolute(video.poster(), site)));
        }
        if (!video.src().isEmpty()) {
            fields.add(pair("contentUrl", absolute(video.src(), site)));
        }
        if (!video.external().isEmpty()) {
            fields.add(pair("url", video.external()));
        }
        if (!video.credits().isEmpty()) {
            fields.add(pair("creditText", String.join(" ; ", video.credits())));
        }
        return "{" + String.join(",", fields) + "}";
    }

    private static String absolute(String path, PublicAddress site) {
        return site.known() ? site.url() + path : path;
    }

    private static String pair(String key, String value) {
        return JsonText.string(key) + ":" + JsonText.string(value);
    }
}
