package fr.crefop.stages.extras;

import fr.crefop.stages.config.PublicAddress;
import fr.crefop.stages.config.SiteConfig;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.diag.Findings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The extras step, after the checks: the search index, {@code sitemap.xml} and {@code robots.txt}, written into the
 * staging folder (and only there). While the site's public address is unknown, one warning says so.
 */
public final class Extras {

    /** The search index, fetched by {@code assets/js/search.js} when a reader starts searching. */
    public static final String SEARCH_INDEX = "recherche/index.json";

    private final SiteConfig config;
    private final Path siteFolder;
    private final SearchIndex.Memo searchMemo;

    public Extras(SiteConfig config, Path siteFolder) {
        this(config, siteFolder, new SearchIndex.Memo());
    }

    /** @param searchMemo the search index's parts kept from the previous build (the preview's) */
    public Extras(SiteConfig config, Path siteFolder, SearchIndex.Memo searchMemo) {
        this.config = config;
        this.siteFolder = siteFolder;
        this.searchMemo = searchMemo;
    }

    /** Writes the files into {@code staging} and returns a line for the build log. */
    public String write(Path staging, SiteIndex index, List<SearchPage> searchPages, Findings findings) {
        PublicAddress address = PublicAddress.of(config);
        findings.addAll(PublicAddress.warnings(config, siteFolder));
        long searchBytes = writeSearchIndex(staging, searchPages);
        write(staging, Sitemap.FILE, Sitemap.xml(index.pages(), address));
        write(staging, Robots.FILE, Robots.text(address));
        return "index de recherche (" + searchPages.size() + " pages, " + (searchBytes / 1024) + " Kio), "
                + Sitemap.FILE + ", " + Robots.FILE;
    }

    /** Writes the search index as it is made (never whole in memory); returns its size in bytes. */
    private long writeSearchIndex(Path staging, List<SearchPage> searchPages) {
        Path target = target(staging, SEARCH_INDEX);
        try (java.io.OutputStream file = Files.newOutputStream(target);
             CountingStream counted = new CountingStream(new java.io.BufferedOutputStream(file, 64 * 1024));
             java.io.Writer writer = new java.io.OutputStreamWriter(counted, StandardCharsets.UTF_8)) {
            SearchIndex.write(searchPages, searchMemo, writer);
            writer.flush();
            return counted.count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        private long count;

        CountingStream(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }
    }

    /** Writes one file, after checking that its path stays inside the staging folder. */
    static void write(Path staging, String relative, String text) {
        Path target = target(staging, relative);
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /** The file {@code relative} in the staging folder, its folder made, refused if it leaves the folder. */
    private static Path target(Path staging, String relative) {
        Path root = staging.toAbsolutePath().normalize();
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("Refusing to write " + relative + " outside " + root);
        }
        try {
            Files.createDirectories(target.getParent());
            if (!target.getParent().toRealPath().startsWith(root.toRealPath())) {
                throw new IllegalArgumentException("Refusing to write " + relative + " through a link outside " + root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
        return target;
    }
}
