package fr.crefop.stages.catalogue;

import fr.crefop.stages.content.JsonText;

import fr.crefop.stages.config.PublicAddress;
import fr.crefop.stages.content.Audience;
import fr.crefop.stages.content.Level;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code ressources.json}: the catalogue for other sites, one object per resource with {@code title},
 * {@code summary}, {@code address}, {@code audience}, {@code level}, {@code updated} (ISO date or null),
 * {@code publisher} and {@code external}. Written by hand (no JSON library in the build), in catalogue order.
 */
final class ResourcesJson {

    private ResourcesJson() {
    }

    static byte[] write(String siteTitle, Catalogue catalogue, PublicAddress addresses) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"site\": ").append(JsonText.string(siteTitle)).append(",\n");
        json.append("  \"addressesAreAbsolute\": ").append(addresses.known()).append(",\n");
        json.append("  \"resources\": [");
        List<Resource> resources = catalogue.resources();
        for (int i = 0; i < resources.size(); i++) {
            Resource r = resources.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {");
            json.append("\"title\": ").append(JsonText.string(r.title()));
            json.append(", \"summary\": ").append(JsonText.string(r.summary()));
            json.append(", \"address\": ").append(JsonText.string(r.external() ? r.address() : addresses.orRelative(r.address())));
            json.append(", \"audience\": ").append(strings(r.audiences().stream().map(Audience::key).toList()));
            json.append(", \"level\": ").append(strings(r.levels().stream().map(Level::key).toList()));
            json.append(", \"updated\": ").append(r.updated().map(LocalDate::toString).map(JsonText::string).orElse("null"));
            json.append(", \"publisher\": ").append(JsonText.string(r.publisher()));
            json.append(", \"external\": ").append(r.external());
            json.append("}");
        }
        json.append(resources.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String strings(List<String> values) {
        return "[" + String.join(", ", values.stream().map(JsonText::string).toList()) + "]";
    }
}
