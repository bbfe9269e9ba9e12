package fr.crefop.stages.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the file a request path names inside the site folder, as a web host would: {@code /x/} is
 * {@code /x/index.html}, {@code /x} (a folder) redirects to {@code /x/}. Nothing outside the folder is ever found,
 * not even through a symbolic link: the real path of the file must lie inside the real path of the folder. The folder
 * itself may be replaced between two requests (each rebuild swaps it), so its real path is read at each lookup.
 */
final class SiteFiles {

    /** The answer of a lookup. */
    sealed interface Lookup permits Found, Redirect, Missing {
    }

    /** A regular file inside the site. */
    record Found(Path file) implements Lookup {
    }

    /** A folder asked without its final slash. */
    record Redirect() implements Lookup {
    }

    /** Nothing to serve. */
    record Missing() implements Lookup {
    }

    private static final String NOT_FOUND_PAGE = "404.html";

    private final Path root;

    SiteFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Lookup find(RequestPath path) {
        Optional<Path> site = realRoot();
        if (site.isEmpty()) {
            return new Missing();
        }
        Path candidate = root.resolve(path.relative()).normalize();
        Optional<Path> real = candidate.startsWith(root) ? inside(site.get(), candidate) : Optional.empty();
        if (real.isEmpty()) {
            return new Missing();
        }
        if (Files.isDirectory(real.get())) {
            if (!path.isFolder()) {
                return new Redirect();
            }
            real = inside(site.get(), real.get().resolve("index.html"));
        }
        return real.filter(Files::isRegularFile).<Lookup>map(Found::new).orElseGet(Missing::new);
    }

    /** The site's own "page not found" page, {@code /404.html}, when it has one. */
    Optional<Path> notFoundPage() {
        return realRoot().flatMap(site -> inside(site, root.resolve(NOT_FOUND_PAGE))).filter(Files::isRegularFile);
    }

    private Optional<Path> realRoot() {
        try {
            return Optional.of(root.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> inside(Path realRoot, Path candidate) {
        try {
            Path real = candidate.toRealPath();
            return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
