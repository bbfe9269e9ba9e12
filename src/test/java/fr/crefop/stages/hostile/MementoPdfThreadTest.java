package fr.crefop.stages.hostile;

import fr.crefop.stages.testing.HostileBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mémento PDF is made on its own thread: a build that fails, or succeeds, leaves nothing of it behind (no
 * staging folder, nothing written outside the output), and a published PDF is the one the build waited for.
 */
class MementoPdfThreadTest {

    @TempDir
    Path folder;

    private static final String MEMENTO = """
            -- content/memento/index.md --
            ---
            title: Le mémento
            description: Pour les entreprises.
            date: 2025-10-06
            ---
            Lisez [la FAQ](faq.md).
            -- content/memento/faq.md --
            ---
            title: Questions
            description: Les questions.
            date: 2026-03-02
            ---
            Une réponse.
            """;

    @Test
    void aBuildRefusedAfterThePdfWasPreparedLeavesNothingBehind() {
        HostileBuild hostile = HostileBuild.in(folder);
        hostile.site().add(MEMENTO);
        hostile.publish();
        hostile.site().add("""
                -- content/memento/faq.md --
                ---
                title: Questions
                description: Les questions.
                date: 2026-03-02
                ---
                Voir [la page absente](absente.md).
                """);
        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);
        assertThat(outcome.stderr()).contains("content/memento/faq.md");
    }

    @Test
    void aFirstBuildPublishesThePdfItWaitedFor() {
        HostileBuild hostile = HostileBuild.in(folder);
        hostile.site().add(MEMENTO);
        HostileBuild.Outcome outcome = hostile.run("build");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout()).contains("PDF du mémento", "attente du PDF");
        assertThat(outcome.changedInOutput()).contains("site/out/site/memento/memento-entreprises.pdf");
        // a first build creates the output's parent folder, and nothing else outside the output
        assertThat(outcome.changedOutsideOutput()).containsOnly("site/out/");
        assertThat(outcome.leftovers()).isEmpty();
        assertThat(hostile.site().read("memento/faq/index.html")).containsPattern("\\(PDF, \\d+&nbsp;pages?, \\d+&nbsp;Ko\\)");
    }
}
