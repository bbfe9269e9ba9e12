package fr.crefop.stages.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The address scheme: {@code content/memento/Avant le stage.md} is published at {@code /memento/avant-le-stage/}
 * (file {@code memento/avant-le-stage/index.html}); an {@code index.md} gives its folder's address.
 */
public final class Addresses {

    private Addresses() {
    }

    /** The address of a content file, from its path relative to {@code content/}. */
    public static String ofContentPath(String contentPath) {
        String withoutExtension = contentPath.replaceFirst("\\.md$", "");
        List<String> segments = new ArrayList<>(List.of(withoutExtension.split("/")));
        if (segments.get(segments.size() - 1).equalsIgnoreCase("index")) {
            segments.remove(segments.size() - 1);
        }
        StringBuilder address = new StringBuilder("/");
        for (String segment : segments) {
            String slug = Slugs.slug(segment);
            if (!slug.isEmpty()) {
                address.append(slug).append('/');
            }
        }
        return address.toString();
    }

    /** The output file for an address: {@code /a/b/} → {@code a/b/index.html}, {@code /old.html} → {@code old.html}. */
    public static String outputFile(String address) {
        String relative = address.startsWith("/") ? address.substring(1) : address;
        if (relative.isEmpty() || relative.endsWith("/")) {
            return relative + "index.html";
        }
        return relative;
    }

    /** Normalises an alias written by an editor: leading slash, trailing slash unless it names a file. */
    public static String normaliseAlias(String alias) {
        String address = alias.startsWith("/") ? alias : "/" + alias;
        String last = address.substring(address.lastIndexOf('/') + 1);
        if (!address.endsWith("/") && !last.contains(".")) {
            address = address + "/";
        }
        return address;
    }

    /** The parent address: {@code /a/b/} → {@code /a/}; the root has none. */
    public static String parent(String address) {
        if (address.equals("/")) {
            return "";
        }
        String trimmed = address.substring(0, address.length() - 1);
        return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
    }
}
