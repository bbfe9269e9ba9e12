package fr.crefop.stages.pipeline;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.IoFailure;
import fr.crefop.stages.diag.SiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Publishing, atomic for real. The output path ({@code out/site}) is a symbolic link to a complete version folder next
 * to it ({@code out/.site.v-<id>}). A build writes into a staging folder ({@code .site.staging-<id>}), renames it to a
 * version folder, then swaps the link with one {@code rename(2)} of a new link over the old one: at any instant, even
 * after {@code kill -9}, the output resolves to a complete site, the old one or the new one. The previous version is
 * then removed; failing to remove it is a warning, not a failed build.
 * <p>
 * The whole build holds {@link OutputLock}, so that leftovers of a killed build (staging folders, versions no longer
 * linked, temporary links) can be removed safely by the next one. An existing real output folder (older versions of
 * this tool) is moved to a version folder once, then linked. A marker file tells our folders apart: a folder holding
 * anything else is never replaced.
 */
final class Publisher implements AutoCloseable {

    static final String MARKER = ".memento-build";

    /** Removes a folder tree; replaced in tests to simulate a failure. */
    interface Remover {
        void remove(Path folder) throws IOException;
    }

    private final Path output;
    private final Remover remover;
    private final OutputLock lock;
    private final Path staging;
    private final List<Finding> warnings = new ArrayList<>();

    private Publisher(Path output, Remover remover, OutputLock lock) {
        this.output = output;
        this.remover = remover;
        this.lock = lock;
        this.staging = sibling("staging-" + UUID.randomUUID());
    }

    /** Locks {@code output}, removes what a killed build left, and creates an empty staging folder next to it. */
    static Publisher open(Path output, Path source) {
        return open(output, source, Publisher::deleteTree, OutputLock.WAIT);
    }

    static Publisher open(Path output, Path source, Remover remover, Duration lockWait) {
        if (source.startsWith(output)) {
            throw new SiteException("publish", Finding.error(output.toString(), 0, "output",
                    "le dossier de sortie contient les sources du site : il serait effacé",
                    "choisissez un dossier de sortie à part, par exemple target/site"));
        }
        Path parent = output.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw IoFailure.createFolder(parent, e);
        }
        OutputLock lock = OutputLock.acquire(output, lockWait);
        Publisher publisher = new Publisher(output, remover, lock);
        try {
            publisher.requireOurs();
            publisher.recover();
            publisher.createStaging();
            return publisher;
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    Path staging() {
        return staging;
    }

    /** Problems that did not stop the build (a previous version that could not be removed). */
    List<Finding> warnings() {
        return List.copyOf(warnings);
    }

    /** Makes the staging folder the published site, in one atomic switch of the link. */
    void publish() {
        Path version = sibling("v-" + UUID.randomUUID());
        move(staging, version);
        Optional<Path> previous = linkedVersion();
        if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            // first build with this version of the tool: the real folder becomes a version, then the link replaces it
            Path migrated = sibling("v-" + UUID.randomUUID());
            move(output, migrated);
            previous = Optional.of(migrated);
        }
        Path link = sibling("link-" + UUID.randomUUID());
        try {
            Files.createSymbolicLink(link, version.getFileName());
        } catch (IOException e) {
            throw IoFailure.write(link, e);
        }
        move(link, output);
        previous.ifPresent(this::removeQuietly);
    }

    /** Removes the staging folder if it is still there (failed build, or nothing to publish), then unlocks. */
    @Override
    public void close() {
        try {
            if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
                remover.remove(staging);
            }
        } catch (IOException e) {
            throw IoFailure.delete(staging, e);
        } finally {
            lock.close();
        }
    }

    /** Deletes a folder tree (links are deleted, never followed). */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void requireOurs() {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) || linkedVersion().isPresent()) {
            return;
        }
        boolean ours = false;
        if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.list(output)) {
                ours = Files.exists(output.resolve(MARKER)) || entries.findAny().isEmpty();
            } catch (IOException e) {
                throw IoFailure.read(output, e);
            }
        }
        if (!ours) {
            throw new SiteException("publish", Finding.error(output.toString(), 0, "output",
                    "le dossier de sortie existe et ne vient pas d'une construction du site : il ne sera pas remplacé",
                    "videz-le ou choisissez un autre dossier de sortie"));
        }
    }

    /**
     * Under the lock, whatever a killed build left next to the output is stale: staging folders, temporary links,
     * versions no longer linked. If the output is missing while versions exist (killed during the one-time move of a
     * real folder), the newest version is linked again first.
     */
    private void recover() {
        List<Path> leftovers = leftovers();
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            Optional<Path> newest = leftovers.stream().filter(p -> name(p).startsWith(prefix() + "v-") && complete(p))
                    .max(Comparator.comparing(Publisher::modified));
            if (newest.isPresent()) {
                try {
                    Files.createSymbolicLink(output, newest.get().getFileName());
                } catch (IOException e) {
                    throw IoFailure.write(output, e);
                }
                leftovers.remove(newest.get());
            }
        }
        Optional<Path> linked = linkedVersion();
        for (Path leftover : leftovers) {
            if (linked.isEmpty() || !leftover.equals(linked.get())) {
                removeQuietly(leftover);
            }
        }
    }

    private List<Path> leftovers() {
        try (Stream<Path> siblings = Files.list(output.toAbsolutePath().getParent())) {
            return new ArrayList<>(siblings.filter(p -> {
                String name = name(p);
                return name.startsWith(prefix() + "staging-") || name.startsWith(prefix() + "v-")
                        || name.startsWith(prefix() + "link-") || name.startsWith(prefix() + "old-");
            }).sorted().toList());
        } catch (IOException e) {
            throw IoFailure.read(output.toAbsolutePath().getParent(), e);
        }
    }

    private void createStaging() {
        try {
            Files.createDirectory(staging);
            Files.writeString(staging.resolve(MARKER), "Dossier produit par memento-stages ; il est remplacé à chaque construction.\n");
        } catch (IOException e) {
            throw IoFailure.createFolder(staging, e);
        }
    }

    /** The version folder the output links to, when the output is one of our links. */
    private Optional<Path> linkedVersion() {
        if (!Files.isSymbolicLink(output)) {
            return Optional.empty();
        }
        try {
            Path target = Files.readSymbolicLink(output);
            if (target.getNameCount() == 1 && target.toString().startsWith(prefix() + "v-")) {
                return Optional.of(output.resolveSibling(target));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw IoFailure.read(output, e);
        }
    }

    private void removeQuietly(Path folder) {
        try {
            remover.remove(folder);
        } catch (IOException e) {
            warnings.add(Finding.warning(output.toString(), 0, "publish",
                    "le site est publié, mais l'ancienne version " + folder + " n'a pas pu être supprimée : "
                            + IoFailure.reason(e).text(),
                    "elle sera supprimée à la prochaine construction ; sinon, supprimez-la à la main"));
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw IoFailure.of("impossible de publier " + from + " vers " + to, e);
        }
    }

    private static boolean complete(Path version) {
        return Files.exists(version.resolve(MARKER));
    }

    private static java.nio.file.attribute.FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw IoFailure.read(path, e);
        }
    }

    private String prefix() {
        return "." + output.getFileName() + ".";
    }

    private Path sibling(String suffix) {
        return output.resolveSibling(prefix() + suffix);
    }

    private static String name(Path path) {
        return path.getFileName().toString();
    }
}
