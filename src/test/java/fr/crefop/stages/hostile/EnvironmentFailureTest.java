package fr.crefop.stages.hostile;

import fr.crefop.stages.cli.Main;
import fr.crefop.stages.diag.IoFailure;
import fr.crefop.stages.testing.HostileBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine, not the site, fails: an output that cannot be created, a full disk, too little memory. Each used to
 * print an English stack trace as « Erreur interne » with exit code 1; now a French message names the path, exit code
 * 3, no stack trace, no staging folder left. Tests run as root, so file rights do not block writes: the failures are
 * made real another way (a file where a folder should be, /sys, /dev/full, a small heap).
 */
class EnvironmentFailureTest {

    @TempDir
    Path folder;

    @Test
    void aFileWhereTheOutputFolderShouldBeIsAnEnvironmentFailure() throws IOException {
        HostileBuild hostile = HostileBuild.in(folder);
        Path blocker = hostile.site().output().getParent();
        Files.createDirectories(blocker.getParent());
        Files.writeString(blocker, "un fichier, pas un dossier");

        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(3);

        assertThat(outcome.stderr()).contains("ERREUR impossible de créer le dossier " + blocker
                + " : un fichier porte déjà ce nom là où un dossier est attendu", "conseil : ");
    }

    @Test
    void anOutputWhereNothingCanBeCreatedIsAnEnvironmentFailure() {
        HostileBuild hostile = HostileBuild.in(folder);

        Run run = cli("build", "--source", hostile.site().root().toString(), "--output", "/sys/memento-essai/site");

        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).startsWith("ERREUR impossible de créer le dossier /sys/memento-essai : ")
                .doesNotContain("\tat ", "Exception");
    }

    @Test
    void aFullDiskIsNamedWithItsPath() throws IOException {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        Path lock = hostile.site().output().resolveSibling(".site.lock");
        Files.delete(lock);
        Files.createSymbolicLink(lock, Path.of("/dev/full")); // every write there fails with ENOSPC

        Run run = cli("build", "--source", hostile.site().root().toString(), "--output", hostile.site().output().toString());

        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).startsWith("ERREUR impossible d'écrire dans " + lock + " : disque plein")
                .contains("conseil : libérez de la place sur le disque").doesNotContain("\tat ");
        assertThat(hostile.site().output().resolve("index.html")).exists();
        assertThat(siblings(hostile.site().output())).noneMatch(name -> name.contains("staging"));
    }

    @Test
    void outOfMemoryIsAFrenchMessageWithExitCode3() throws Exception {
        HostileBuild hostile = HostileBuild.in(folder);
        StringBuilder page = new StringBuilder("---\ntitle: X\ndescription: Une page.\n---\n");
        for (int i = 0; i < 11_000; i++) {
            page.append("Paragraphe ").append(i).append(" avec [un lien](https://exemple.fr/").append(i)
                    .append(") et du *texte* **gras** pour peser.\n\n");
        }
        Files.writeString(hostile.site().root().resolve("content/x.md"), page);
        Path output = hostile.site().output();

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), "fr.crefop.stages.cli.Main",
                "build", "--source", hostile.site().root().toString(), "--output", output.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(err).isEqualTo(3);
        assertThat(err).contains("ERREUR mémoire insuffisante pour construire le site", "-Xmx2g").doesNotContain("\tat ");
        assertThat(siblings(output)).noneMatch(name -> name.contains("staging"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "No space left on device | disque plein",
            "Read-only file system   | dossier de sortie en lecture seule",
            "Permission denied       | droits insuffisants",
            "Not a directory         | un fichier porte déjà ce nom là où un dossier est attendu",
            "Disk quota exceeded     | quota disque dépassé",
    })
    void systemReasonsAreSaidInFrench(String system, String french) {
        assertThat(IoFailure.write(Path.of("/x"), new FileSystemException("/x", null, system)).getMessage())
                .isEqualTo("impossible d'écrire dans /x : " + french);
    }

    private static List<String> siblings(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output.getParent())) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private record Run(int code, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(Main.execute(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
