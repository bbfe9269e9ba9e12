package fr.crefop.stages.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Tells when any source file of the site changed, by comparing a fingerprint of names, sizes and dates. */
public final class SourceWatcher {

    private final List<Path> roots;
    private long last;

    /** @param roots files or folders to watch (missing ones are fine) */
    public SourceWatcher(List<Path> roots) {
        this.roots = List.copyOf(roots);
        this.last = fingerprint();
    }

    /** True when something changed since the previous call. */
    public boolean changed() {
        long now = fingerprint();
        boolean changed = now != last;
        last = now;
        return changed;
    }

    private long fingerprint() {
        long hash = 17;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    hash = 31 * hash + file.hashCode();
                    hash = 31 * hash + Files.size(file);
                    hash = 31 * hash + Files.getLastModifiedTime(file).toMillis();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + root, e);
            }
        }
        return hash;
    }
}
