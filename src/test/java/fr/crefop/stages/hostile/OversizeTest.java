package fr.crefop.stages.hostile;

import fr.crefop.stages.testing.HostileBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A page above 1 Mo of Markdown is refused before it is read whole (it used to take a 1.8 GB heap). */
class OversizeTest {

    @TempDir
    Path folder;

    @Test
    void refusesAPageAboveOneMegabyteWithAHint() throws IOException {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        Path page = hostile.site().root().resolve("content/x.md");
        try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            out.write("---\ntitle: X\ndescription: Une page.\n---\n");
            String line = "Une ligne de texte ordinaire, répétée pour dépasser la limite de taille.\n";
            for (int i = 0; i < 40_000; i++) {
                out.write(line);
            }
        }

        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);

        assertThat(outcome.stderr())
                .contains("ERROR content/x.md la page fait 2,9 Mo : au-delà de 1 Mo de Markdown, une page est refusée")
                .contains("découpez-la en plusieurs pages");
    }

    @Test
    void acceptsAPageJustBelowTheLimit() throws IOException {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        Path page = hostile.site().root().resolve("content/x.md");
        try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            out.write("---\ntitle: X\ndescription: Une page.\n---\n");
            for (int i = 0; i < 10_500; i++) {
                out.write("Paragraphe numéro " + i + ", assez long pour peser une centaine d'octets au total ici.\n\n");
            }
        }
        assertThat(Files.size(page)).isBetween(800_000L, 1_048_576L);

        HostileBuild.Outcome outcome = hostile.run("build");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    }
}
