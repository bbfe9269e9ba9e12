package fr.crefop.stages.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Finds the folders of a site. When the site has no {@code templates/} or {@code assets/}, the project's own
 * (packaged in the jar under {@code site-defaults/}) are extracted once into a temporary folder and used.
 */
public final class SiteSourcesResolver {

    private static final String DEFAULTS = "site-defaults";

    private final Path defaultsCache;

    /** @param defaultsCache a folder where packaged defaults may be extracted (created if needed) */
    public SiteSourcesResolver(Path defaultsCache) {
        this.defaultsCache = defaultsCache;
    }

    public SiteSources resolve(Path siteDir) {
        Path root = siteDir.toAbsolutePath().normalize();
        return new SiteSources(root,
                root.resolve("content"),
                folderOrDefault(root, "templates"),
                folderOrDefault(root, "assets"),
                root.resolve("data"));
    }

    private Path folderOrDefault(Path root, String name) {
        Path own = root.resolve(name);
        if (Files.isDirectory(own)) {
            return own;
        }
        return packagedDefault(name);
    }

    private Path packagedDefault(String name) {
        URL url = SiteSourcesResolver.class.getClassLoader().getResource(DEFAULTS + "/" + name);
        if (url == null) {
            throw new IllegalStateException("The packaged default folder " + DEFAULTS + "/" + name + " is missing from the build");
        }
        try {
            URI uri = url.toURI();
            if ("file".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            Path jarFile = Path.of(SiteSourcesResolver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = defaultsCache.resolve(fingerprint(jarFile)).resolve(name);
            synchronized (SiteSourcesResolver.class) {
                if (!Files.isDirectory(target)) {
                    extract(jarFile, name, target);
                }
            }
            return target;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad resource address " + url, e);
        }
    }

    private static String fingerprint(Path jarFile) {
        try {
            return Long.toHexString(Files.size(jarFile)) + "-" + Long.toHexString(Files.getLastModifiedTime(jarFile).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jarFile, e);
        }
    }

    private static void extract(Path jarFile, String name, Path target) {
        Path temp = target.resolveSibling(name + ".tmp" + ProcessHandle.current().pid());
        try (FileSystem jar = FileSystems.newFileSystem(jarFile)) {
            Files.createDirectories(target.getParent());
            Path source = jar.getPath(DEFAULTS, name);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = temp.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot extract the default " + name + " folder to " + target, e);
        }
    }
}
