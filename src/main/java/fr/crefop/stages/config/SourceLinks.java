package fr.crefop.stages.config;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.paths.ContainedPath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks, before anything is read, that every symbolic link among the site's sources ({@code site.yaml},
 * {@code content/}, {@code templates/}, {@code assets/}, {@code data/}) leads to a file inside the site folder. A page,
 * an image or a data file linked to {@code /etc/passwd} or to {@code /proc/self/environ} would otherwise be published.
 * A link that stays inside the site is followed (its target is checked in turn).
 */
public final class SourceLinks {

    static final List<String> SOURCES = List.of("site.yaml", "content", "templates", "assets", "data");

    private final Path root;
    private final Path realRoot;

    private SourceLinks(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            this.realRoot = this.root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the site folder " + root, e);
        }
    }

    /** Adds one error per symbolic link that leaves the site (or leads nowhere). */
    public static void check(Path siteRoot, Findings findings) {
        SourceLinks links = new SourceLinks(siteRoot);
        Set<Path> walked = new HashSet<>();
        for (String source : SOURCES) {
            Path start = links.root.resolve(source);
            if (Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
                links.walk(start, start, walked, findings);
            }
        }
    }

    /** Walks {@code folder} without following links, naming each entry as if found under {@code shownAs}. */
    private void walk(Path folder, Path shownAs, Set<Path> walked, Findings findings) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink()) {
                        link(file, shownAs.resolve(folder.relativize(file)), walked, findings);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    findings.add(Finding.error(relative(shownAs.resolve(folder.relativize(file))), 0, "read",
                            "fichier illisible : " + e.getMessage(), "vérifiez les droits de lecture"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private void link(Path link, Path shownAs, Set<Path> walked, Findings findings) {
        if (!ContainedPath.staysInside(realRoot, link)) {
            findings.add(Finding.error(relative(shownAs), 0, "symlink",
                    "ce lien symbolique mène hors du dossier du site (ou nulle part) : il ne sera ni lu ni publié",
                    "remplacez le lien symbolique par le fichier lui-même"));
            return;
        }
        try {
            Path target = link.toRealPath();
            if (Files.isDirectory(target) && walked.add(target)) {
                walk(target, shownAs, walked, findings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + link, e);
        }
    }

    private String relative(Path shown) {
        return root.relativize(shown).toString().replace('\\', '/');
    }
}
