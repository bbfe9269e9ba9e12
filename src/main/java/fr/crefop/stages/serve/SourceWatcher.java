package fr.crefop.stages.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Tells when any source file of the site changed, and which, by comparing the names, sizes and dates of the files.
 * Editors' temporary files are not looked at ({@link EditorFiles}); a file or folder that disappears during a scan,
 * or that cannot be read, is skipped: a scan never fails. {@link #await(Duration)} sleeps until the system says a
 * watched folder changed ({@link WatchService}, inotify on Linux), or at most the given time: the scan stays the
 * judge, the notification only wakes it up early.
 */
public final class SourceWatcher implements AutoCloseable {

    /** Events of one save (write, rename, touch) come in a burst: wait this long for the end of it. */
    private static final long SETTLE_MILLIS = 15;

    private final List<Path> roots;
    private final Optional<WatchService> service;
    private final Set<Path> registered = new HashSet<>();
    private Map<Path, Stamp> last;

    /** @param roots files or folders to watch (missing ones are fine) */
    public SourceWatcher(List<Path> roots) {
        this.roots = List.copyOf(roots);
        this.service = open();
        this.last = scan();
    }

    /** True when something changed since the previous call. */
    public boolean changed() {
        return !changes().isEmpty();
    }

    /** The files added, changed or removed since the previous call (absolute paths), in path order. */
    public Set<Path> changes() {
        Map<Path, Stamp> now = scan();
        Set<Path> changed = new TreeSet<>();
        for (Map.Entry<Path, Stamp> file : now.entrySet()) {
            if (!file.getValue().equals(last.get(file.getKey()))) {
                changed.add(file.getKey());
            }
        }
        for (Path file : last.keySet()) {
            if (!now.containsKey(file)) {
                changed.add(file);
            }
        }
        last = now;
        return changed;
    }

    /**
     * Waits until the system tells of a change in a watched folder (then a few milliseconds more, for the rest of the
     * burst), or at most {@code most}. Without a watch service, simply sleeps {@code most}.
     */
    public void await(Duration most) throws InterruptedException {
        if (service.isEmpty()) {
            Thread.sleep(most.toMillis());
            return;
        }
        try {
            WatchKey key = service.get().poll(most.toMillis(), TimeUnit.MILLISECONDS);
            if (key == null) {
                return;
            }
            drain(key);
            Thread.sleep(SETTLE_MILLIS);
            for (WatchKey more = service.get().poll(); more != null; more = service.get().poll()) {
                drain(more);
            }
        } catch (ClosedWatchServiceException e) {
            Thread.sleep(most.toMillis());
        }
    }

    @Override
    public void close() {
        service.ifPresent(s -> {
            try {
                s.close();
            } catch (IOException e) {
                // nothing left to release
            }
        });
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private static Optional<WatchService> open() {
        try {
            return Optional.of(FileSystems.getDefault().newWatchService());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Watches a folder (new folders are registered at the scan that finds them). */
    private void watch(Path folder) {
        if (service.isEmpty() || registered.contains(folder)) {
            return;
        }
        try {
            folder.register(service.get(), StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            registered.add(folder);
        } catch (IOException | RuntimeException e) {
            // not watchable (vanished, too many watches, other file system): the timed scan still sees it
        }
    }

    private Map<Path, Stamp> scan() {
        Map<Path, Stamp> files = new HashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root) && root.getParent() != null) {
                watch(root.getParent());
            }
            try {
                Files.walkFileTree(root, new Scan(files));
            } catch (IOException | RuntimeException e) {
                // A folder removed or unreadable in the middle of the walk: what was seen counts.
            }
        }
        return files;
    }

    private record Stamp(long size, java.time.Instant modified) {
    }

    /** Notes each regular file (a symbolic link: its target's), skips what vanished or cannot be read. */
    private final class Scan extends SimpleFileVisitor<Path> {

        private final Map<Path, Stamp> files;

        Scan(Map<Path, Stamp> files) {
            this.files = files;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            watch(dir);
            return FileVisitResult.CONTINUE;
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
                files.put(file, new Stamp(target.size(), target.lastModifiedTime().toInstant()));
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
