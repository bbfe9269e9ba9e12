package fr.crefop.stages.bake;

import fr.crefop.stages.config.SiteSources;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.diag.SiteException;
import fr.crefop.stages.paths.ContainedPath;
import org.jbake.parser.Engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files published as they are: everything under {@code assets/} (published under {@code /assets/}) and the
 * files of {@code content/} that are not pages (images next to their page). Hidden files and folders holding a
 * {@code .jbakeignore} are left out, as JBake does. Each copy reads a file that stays inside the site (symbolic links
 * followed) and writes inside the output folder, or is refused.
 */
public final class StaticFiles {

    /**
     * One file to copy.
     *
     * @param source     the file to read (in the site, or in the packaged defaults)
     * @param sourcePath its path relative to the site folder, for messages
     * @param outputPath where it is published, relative to the output folder
     */
    public record Copy(Path source, String sourcePath, String outputPath) {
    }

    private StaticFiles() {
    }

    /** The files to copy, sorted by output path. */
    public static List<Copy> list(SiteSources sources) {
        List<Copy> copies = new ArrayList<>();
        walk(sources, sources.assets(), JBakeBaker.ASSETS + "/", name -> true, copies);
        Set<String> pageExtensions = Engines.getRecognizedExtensions();
        walk(sources, sources.content(), "", name -> !pageExtensions.contains(extension(name)), copies);
        copies.sort(Comparator.comparing(Copy::outputPath));
        return copies;
    }

    /** Copies every file into {@code output}; a file that cannot be read or written is a finding. */
    static void copy(SiteSources sources, List<Copy> copies, Path output, Findings findings) {
        for (Copy copy : copies) {
            if (ownFile(sources, copy.source()) && !ContainedPath.staysInside(sources.root(), copy.source())) {
                findings.add(Finding.error(copy.sourcePath(), 0, "symlink",
                        "ce lien symbolique mène hors du dossier du site : il n'est pas publié",
                        "remplacez le lien symbolique par le fichier lui-même"));
                continue;
            }
            try {
                Path target = ContainedPath.inside(output, copy.outputPath(), copy.sourcePath(), 0);
                Files.createDirectories(target.getParent());
                Files.copy(copy.source(), target, StandardCopyOption.REPLACE_EXISTING);
            } catch (SiteException e) {
                findings.addAll(e.findings());
            } catch (IOException e) {
                findings.add(Finding.error(copy.sourcePath(), 0, "asset",
                        "le fichier n'a pas pu être copié : " + e.getMessage(), "vérifiez les droits de lecture du fichier"));
            }
        }
    }

    private static void walk(SiteSources sources, Path folder, String prefix, java.util.function.Predicate<String> keep,
                             List<Copy> copies) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(folder) && (hidden(dir) || Files.exists(dir.resolve(".jbakeignore")));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (!hidden(file) && keep.test(name)) {
                        String relative = folder.relativize(file).toString().replace('\\', '/');
                        String shown = ownFile(sources, file) ? sources.relative(file) : JBakeBaker.ASSETS + "/" + relative;
                        copies.add(new Copy(file, shown, prefix + relative));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof FileSystemLoopException) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    /** A file of the site itself, not of the project's packaged defaults. */
    private static boolean ownFile(SiteSources sources, Path path) {
        return path.getFileSystem() == FileSystems.getDefault() && path.toAbsolutePath().normalize().startsWith(sources.root());
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
