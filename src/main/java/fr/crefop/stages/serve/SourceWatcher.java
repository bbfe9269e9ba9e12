package fr.crefop.stages.serve;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells when any source file of the site changed, by comparing the names, sizes and dates of the files. Editors'
 * temporary files are not looked at ({@link EditorFiles}); a file or folder that disappears during a scan, or that
 * cannot be read, is skipped: a scan never fails.
 */
public final class SourceWatcher {

    private final List<Path> roots;
    private Map<Path, Stamp> last;

    /** @param roots files or folders to watch (missing ones are fine) */
    public SourceWatcher(List<Path> roots) {
        this.roots = List.copyOf(roots);
        this.last = scan();
    }

    /** True when something changed since the previous call. */
    public boolean changed() {
        Map<Path, Stamp> now = scan();
        boolean changed = !now.equals(last);
        last = now;
        return changed;
    }

    private Map<Path, Stamp> scan() {
        Map<Path, Stamp> files = new HashMap<>();
        for (Path root : roots) {
            try {
                Files.walkFileTree(root, new Scan(files));
            } catch (IOException | RuntimeException e) {
                // A folder removed or unreadable in the middle of the walk: what was seen counts.
            }
        }
        return files;
    }

    private record Stamp(long size, long modified) {
    }

    /** Notes each regular file (a symbolic link: its target's), skips what vanished or cannot be read. */
    private static final class Scan extends SimpleFileVisitor<Path> {

        private final Map<Path, Stamp> files;

        Scan(Map<Path, Stamp> files) {
            this.files = files;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            Path name = file.getFileName();
            if (name == null || EditorFiles.temporary(name.toString())) {
                return FileVisitResult.CONTINUE;
            }
            BasicFileAttributes target = attributes;
            if (attributes.isSymbolicLink()) {
                try {
                    target = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            }
            if (target.isRegularFile()) {
                files.put(file, new Stamp(target.size(), target.lastModifiedTime().toMillis()));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) {
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
            return FileVisitResult.CONTINUE;
        }
    }
}
