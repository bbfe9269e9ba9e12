package fr.crefop.stages.catalogue;

import fr.crefop.stages.config.PublicAddress;
import fr.crefop.stages.content.Audience;
import fr.crefop.stages.content.Level;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An Atom 1.0 feed (RFC 4287) of resources, newest first. Every date is a « Mis à jour » date of the sources, never
 * the build time, so an unchanged site gives a byte-identical feed. Ids are name-based UUIDs of the addresses, so
 * they stay the same when the site's public url is set later.
 */
final class AtomFeed {

    private AtomFeed() {
    }

    /**
     * @param feedAddress the site address of the feed file, e.g. {@code /ressources/flux.xml}
     * @param pageAddress the site address of the page the feed belongs to
     */
    static byte[] write(String title, String siteTitle, String feedAddress, String pageAddress, List<Resource> resources,
                        PublicAddress addresses) {
        List<Resource> entries = resources.stream().sorted(Catalogue.NEWEST_FIRST).toList();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">\n");
        xml.append("  <id>").append(id("feed:" + feedAddress)).append("</id>\n");
        xml.append("  <title>").append(Xml.escape(title)).append("</title>\n");
        xml.append("  <updated>").append(timestamp(Catalogue.newest(entries).orElse(LocalDate.EPOCH))).append("</updated>\n");
        xml.append("  <author><name>").append(Xml.escape(siteTitle)).append("</name></author>\n");
        xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(addresses.orRelative(feedAddress))).append("\"/>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(addresses.orRelative(pageAddress))).append("\"/>\n");
        for (Resource resource : entries) {
            String href = resource.external() ? resource.address() : addresses.orRelative(resource.address());
            xml.append("  <entry>\n");
            xml.append("    <id>").append(id(resource.address())).append("</id>\n");
            xml.append("    <title>").append(Xml.escape(resource.title())).append("</title>\n");
            xml.append("    <updated>").append(timestamp(resource.updated().orElse(LocalDate.EPOCH))).append("</updated>\n");
            xml.append("    <link rel=\"alternate\" href=\"").append(Xml.escape(href)).append("\"/>\n");
            xml.append("    <summary>").append(Xml.escape(summary(resource))).append("</summary>\n");
            for (Audience audience : resource.audiences()) {
                xml.append("    <category term=\"").append(Xml.escape(audience.key())).append("\" label=\"")
                        .append(Xml.escape(audience.label())).append("\"/>\n");
            }
            for (Level level : resource.levels()) {
                xml.append("    <category term=\"").append(Xml.escape(level.key())).append("\" label=\"")
                        .append(Xml.escape(level.label())).append("\"/>\n");
            }
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String summary(Resource resource) {
        return resource.publisher().isEmpty() ? resource.summary() : resource.summary() + " (" + resource.publisher() + ")";
    }

    static String id(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
