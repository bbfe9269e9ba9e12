package fr.crefop.stages.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every HTML page of a built site, as the address a reader types: {@code index.html} → {@code /},
 * {@code memento/faq/index.html} → {@code /memento/faq/}, {@code 404.html} → {@code /404.html}. Sorted, so that
 * runs and reports are always in the same order.
 *
 * @param root  the built site's folder
 * @param pages the addresses of its pages
 */
record SitePages(Path root, List<String> pages) {

    SitePages {
        pages = List.copyOf(pages);
    }

    static SitePages in(Path root) {
        Path folder;
        try {
            folder = root.toRealPath(); // the published output is a link to its version folder
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> pages = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".html"))
                    .map(f -> address(folder.relativize(f).toString().replace('\\', '/')))
                    .sorted()
                    .toList();
            if (pages.isEmpty()) {
                throw new IllegalStateException("No HTML page in " + folder + ": was the site built?");
            }
            return new SitePages(folder, pages);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the pages of " + folder, e);
        }
    }

    /** The file behind an address. */
    Path file(String page) {
        String relative = page.endsWith("/") ? page.substring(1) + "index.html" : page.substring(1);
        return root.resolve(relative);
    }

    private static String address(String relative) {
        if (relative.equals("index.html")) {
            return "/";
        }
        if (relative.endsWith("/index.html")) {
            return "/" + relative.substring(0, relative.length() - "index.html".length());
        }
        return "/" + relative;
    }
}
