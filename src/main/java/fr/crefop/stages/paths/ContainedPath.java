package fr.crefop.stages.paths;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves a path inside a root folder, or refuses it. Every file the build writes goes through
 * {@link #resolve(Path, String)} (or {@link #inside(Path, String, String, int)}); every source file it reads may be
 * checked with {@link #staysInside(Path, Path)}, which follows symbolic links.
 */
public final class ContainedPath {

    private ContainedPath() {
    }

    /**
     * {@code root/relative}, normalised, when it stays inside {@code root}; empty when {@code relative} is absolute,
     * names a drive ({@code C:}) or a host ({@code //host}), holds a backslash or a control character, or climbs out
     * with {@code ..}.
     */
    public static Optional<Path> resolve(Path root, String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.indexOf('\\') >= 0 || relative.indexOf(':') >= 0
                || relative.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        Path base = root.toAbsolutePath().normalize();
        try {
            Path target = base.resolve(relative).normalize();
            return target.startsWith(base) && !target.equals(base) ? Optional.of(target) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Like {@link #resolve(Path, String)}, but a path that leaves {@code root} stops the build with an error naming
     * the source that asked for it.
     *
     * @param source the file (relative to the site folder) that produced this output, for the message
     * @param line   the line in {@code source}, or 0
     */
    public static Path inside(Path root, String relative, String source, int line) {
        return resolve(root, relative).orElseThrow(() -> new SiteException("write", Finding.error(source, line, "path",
                "écriture refusée : « " + printable(relative) + " » sortirait du dossier du site produit",
                "une adresse ne contient ni « .. », ni « \\ », ni « : », ni caractère de contrôle ; écrivez-la à partir de la racine, par exemple /memento/ancienne-page/")));
    }

    /**
     * Whether {@code file}, symbolic links followed, is inside {@code root} (also resolved). A file that cannot be
     * resolved (a broken link, a loop) does not stay inside.
     */
    public static boolean staysInside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The text with control characters shown as {@code \\uXXXX}, safe to print in a terminal. */
    public static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.append((char) c);
            }
        });
        return shown.toString();
    }
}
