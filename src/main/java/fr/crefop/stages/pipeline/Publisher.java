package fr.crefop.stages.pipeline;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Builds go into a staging folder next to the output, which is swapped into place only when the build succeeded:
 * a failed build leaves the published site as it was. A marker file tells our output folders apart, so that a
 * folder holding anything else is never replaced.
 */
final class Publisher {

    static final String MARKER = ".memento-build";

    private Publisher() {
    }

    /** Creates an empty staging folder next to {@code output}. */
    static Path stage(Path output, Path source) {
        if (source.startsWith(output)) {
            throw new SiteException("publish", Finding.error(output.toString(), 0, "output",
                    "le dossier de sortie contient les sources du site : il serait effacé",
                    "choisissez un dossier de sortie à part, par exemple target/site"));
        }
        if (Files.exists(output) && !isOurs(output)) {
            throw new SiteException("publish", Finding.error(output.toString(), 0, "output",
                    "le dossier de sortie existe et ne vient pas d'une construction du site : il ne sera pas remplacé",
                    "videz-le ou choisissez un autre dossier de sortie"));
        }
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            Path staging = output.resolveSibling("." + output.getFileName() + ".staging-" + UUID.randomUUID());
            Files.createDirectories(staging);
            Files.writeString(staging.resolve(MARKER), "Dossier produit par memento-stages ; il est remplacé à chaque construction.\n");
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a staging folder next to " + output, e);
        }
    }

    /** Swaps the staging folder into place, then removes the previous site. */
    static void publish(Path staging, Path output) {
        try {
            if (Files.exists(output)) {
                Path old = output.resolveSibling("." + output.getFileName() + ".old-" + UUID.randomUUID());
                Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
                delete(old);
            } else {
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish " + staging + " to " + output, e);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }

    private static boolean isOurs(Path output) {
        if (!Files.isDirectory(output)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(output)) {
            return Files.exists(output.resolve(MARKER)) || entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + output, e);
        }
    }
}
