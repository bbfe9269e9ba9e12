package fr.crefop.stages.pipeline;

import fr.crefop.stages.diag.EnvironmentException;
import fr.crefop.stages.diag.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The publisher's failure paths that the file system of a test run as root cannot produce on its own. */
class PublisherTest {

    @TempDir
    Path folder;

    @Test
    void aPreviousVersionThatCannotBeRemovedIsAWarningAfterPublishing() throws IOException {
        Path output = folder.resolve("out/site");
        Path source = folder.resolve("src");
        publish(output, source, Publisher::deleteTree, "première");
        Publisher.Remover busy = path -> {
            if (path.getFileName().toString().startsWith(".site.v-")) {
                throw new FileSystemException(path.toString(), null, "Device or resource busy");
            }
            Publisher.deleteTree(path);
        };

        List<Finding> warnings = publish(output, source, busy, "seconde");

        assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("seconde");
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.isError()).isFalse();
            assertThat(w.message()).startsWith("le site est publié, mais l'ancienne version ")
                    .endsWith("n'a pas pu être supprimée : erreur du système (Device or resource busy)");
            assertThat(w.hint()).contains("prochaine construction");
        });
        // the next build removes it
        assertThat(publish(output, source, Publisher::deleteTree, "troisième")).isEmpty();
        try (var siblings = Files.list(output.getParent())) {
            assertThat(siblings).hasSize(3);
        }
    }

    @Test
    void aSecondBuildWaitsABoundedTimeThenSaysWhoHoldsTheOutput() {
        Path output = folder.resolve("out/site");
        try (Publisher first = Publisher.open(output, folder.resolve("src"))) {
            assertThatThrownBy(() -> Publisher.open(output, folder.resolve("src"), Publisher::deleteTree, Duration.ofMillis(300)))
                    .isInstanceOf(EnvironmentException.class)
                    .hasMessage("une autre construction (processus " + ProcessHandle.current().pid() + ") publie déjà dans "
                            + output + " (verrou " + output.resolveSibling(".site.lock") + ", attendu 0 s)");
            assertThat(first.staging()).isDirectory();
        }
    }

    private static List<Finding> publish(Path output, Path source, Publisher.Remover remover, String text) throws IOException {
        try (Publisher publisher = Publisher.open(output, source, remover, Duration.ofSeconds(1))) {
            Files.writeString(publisher.staging().resolve("index.html"), text);
            publisher.publish();
            return publisher.warnings();
        }
    }
}
