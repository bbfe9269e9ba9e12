package fr.crefop.stages.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the folders of a site. When the site has no {@code templates/} or {@code assets/}, the project's own
 * (packaged under {@code site-defaults/}) are used where they are: in the classes folder, or inside the jar, read
 * through the jar's file system. They are never extracted to a shared folder that another user could fill.
 */
public final class SiteSourcesResolver {

    private static final String DEFAULTS = "site-defaults";

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
        if (Files.isDirectory(own) || Files.isSymbolicLink(own)) {
            return own;
        }
        return packagedDefault(name);
    }

    private static Path packagedDefault(String name) {
        URL url = SiteSourcesResolver.class.getClassLoader().getResource(DEFAULTS + "/" + name);
        if (url == null) {
            throw new IllegalStateException("The packaged default folder " + DEFAULTS + "/" + name + " is missing from the build");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                openJar(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad resource address " + url, e);
        }
    }

    /** Opens the jar's file system once for the JVM (the JDK keeps it; later calls find it open). */
    private static void openJar(URI uri) {
        try {
            FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notOpen) {
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException openedMeanwhile) {
                // another build thread opened it first
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the jar " + uri, e);
            }
        }
    }
}
