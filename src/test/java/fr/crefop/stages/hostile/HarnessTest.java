package fr.crefop.stages.hostile;

import fr.crefop.stages.testing.HostileBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness itself: a failed build changes nothing; a good build changes only the output. */
class HarnessTest {

    @TempDir
    Path folder;

    @Test
    void aBrokenPageIsRefusedAndLeavesThePublishedSiteUntouched() {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add("""
                -- content/a.md --
                ---
                description: Sans titre.
                ---
                """);
        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);
        assertThat(outcome.stderr()).contains("ERROR content/a.md:2");
    }

    @Test
    void aGoodBuildChangesOnlyTheOutput() {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add("""
                -- content/b.md --
                ---
                title: B
                description: Une page.
                ---
                Texte.
                """);
        HostileBuild.Outcome outcome = hostile.run("build");
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.changedInOutput()).contains("site/out/site/b/index.html");
        assertThat(outcome.changedOutsideOutput()).isEmpty();
        assertThat(outcome.leftovers()).isEmpty();
    }
}
