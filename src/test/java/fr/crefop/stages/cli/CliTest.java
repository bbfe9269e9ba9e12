package fr.crefop.stages.cli;

import fr.crefop.stages.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's contract: exit codes 0, 1, 2 and the one-line findings on standard error. */
class CliTest {

    private static final String HOME = TestSite.HOME;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureStreams() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildSucceedsWithExitZeroAndLogsEachStep() {
        TestSite.write(folder, HOME);
        int code = Main.execute("build", "--source", folder.toString(), "--output", folder.resolve("out").toString());
        assertThat(code).isZero();
        assertThat(stdout()).contains("load ", "generate ", "bake ", "check ", "extras ", "publish ");
        assertThat(stdout()).contains("lues une fois : typographie, contrôles");
        assertThat(folder.resolve("out/index.html")).exists();
    }

    @Test
    void buildWithErrorsExitsOneAndPrintsFileLineAndHint() {
        TestSite.write(folder, HOME + """
                -- content/a.md --
                ---
                description: Sans titre.
                ---
                """);
        int code = Main.execute("build", "--source", folder.toString(), "--output", folder.resolve("out").toString());
        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("ERROR content/a.md:2 la page n'a pas de titre\n  hint: ajoutez une ligne « title: Titre de la page »")
                .contains("1 erreur, 0 avertissement");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void warningsAreShownButDoNotFail() {
        TestSite.write(folder, HOME + """
                -- content/a.md --
                ---
                title: A
                description: D.
                auteur: Moi
                ---
                """);
        int code = Main.execute("build", "--source", folder.toString(), "--output", folder.resolve("out").toString());
        assertThat(code).isZero();
        assertThat(stderr()).contains("WARNING content/a.md:4 clé d'en-tête inconnue « auteur »");
    }

    @Test
    void checkPublishesNothing() {
        TestSite.write(folder, HOME);
        int code = Main.execute("check", "--source", folder.toString());
        assertThat(code).isZero();
        assertThat(stdout()).contains("Aucune erreur");
        assertThat(folder.resolve("target")).doesNotExist();
    }

    @Test
    void checkLeavesTheMementoPdfOutButBuildMakesIt() {
        TestSite.write(folder, HOME + """
                -- content/memento/index.md --
                ---
                title: Le mémento
                description: Pour les entreprises.
                ---
                Le texte.
                """);
        assertThat(Main.execute("check", "--source", folder.toString())).isZero();
        assertThat(stdout()).contains("Aucune erreur").doesNotContain("PDF du mémento");
        assertThat(Main.execute("build", "--source", folder.toString(), "--output", folder.resolve("out").toString())).isZero();
        assertThat(stdout()).contains("PDF du mémento");
        assertThat(folder.resolve("out/memento/memento-entreprises.pdf")).isRegularFile();
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(Main.execute("build", "--inconnu")).isEqualTo(2);
        assertThat(stderr()).contains("--inconnu");
        assertThat(Main.execute()).isEqualTo(2);
    }

    @Test
    void newCreatesADraftPageThatBuilds() throws Exception {
        TestSite.write(folder, HOME);
        int code = Main.execute("new", "memento", "--title", "Accueillir un élève", "--source", folder.toString());
        assertThat(code).isZero();
        Path page = folder.resolve("content/memento/accueillir-un-eleve.md");
        assertThat(Files.readString(page)).contains("title: \"Accueillir un élève\"", "status: draft");
        assertThat(Main.execute("build", "--drafts", "--source", folder.toString(), "--output", folder.resolve("out").toString())).isZero();
    }
}
