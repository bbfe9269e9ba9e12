package fr.crefop.stages.hostile;

import fr.crefop.stages.testing.HostileBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: one page whose header lists an old address ({@code aliases:}) that leaves, or tries to leave, the output.
 * Features tested: such an address is an error at its header line, in French; nothing is written anywhere, with
 * {@code build} and with {@code check} (which publishes nothing).
 */
class PathEscapeTest {

    @TempDir
    Path folder;

    /** A page whose second alias, line 6, is written as {@code yaml} (a YAML scalar, quoted as needed). */
    private static String pageWithAlias(String yaml) {
        return """
                -- content/x.md --
                ---
                title: X
                description: Une page.
                aliases:
                  - /ancienne/
                  - %s
                ---
                Texte.
                """.formatted(yaml);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dot-dot            | "/../../../x.txt"                  | contient « .. »
            encoded dots       | "/%2e%2e/%2e%2e/%2e%2e/x.txt"      | caractère encodé
            encoded upper dots | "/%2E%2E/%2E%2E/%2E%2E/x.txt"      | caractère encodé
            backslash          | '\\..\\..\\..\\x.txt'              | contient le caractère « \\ »
            drive letter       | "C:/x.txt"                         | contient le caractère « : »
            other host         | "//host/x.txt"                     | désigne un autre site
            control character  | "/a\\x01b/"                        | caractère de contrôle
            new line           | "/a\\nb/"                          | caractère de contrôle
            """)
    void refusesAnAliasThatCouldLeaveTheOutput(String name, String yaml, String message) {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add(pageWithAlias(yaml));

        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);

        assertThat(outcome.stderr()).contains("ERROR content/x.md:6", message, "écrivez l'ancienne adresse du site, en clair");
        assertThat(folder.resolve("x.txt")).doesNotExist();
    }

    @Test
    void checkWritesNothingForAnEscapingAlias() {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        // enough ".." to reach the root of the disk from check's temporary folder, then down into this test's folder
        String escape = "/.." .repeat(40) + folder.toAbsolutePath() + "/pwned.txt";
        hostile.site().add(pageWithAlias("\"" + escape + "\""));

        HostileBuild.Outcome outcome = hostile.run("check").refusedCleanly(1);

        assertThat(outcome.stderr()).contains("ERROR content/x.md:6", "contient « .. »");
        assertThat(folder.resolve("pwned.txt")).doesNotExist();
    }

    @Test
    void aPlainAliasStillLeavesARedirectPage() throws Exception {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add(pageWithAlias("/vieux/fichier.html"));

        HostileBuild.Outcome outcome = hostile.run("build");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(Files.readString(hostile.site().output().resolve("vieux/fichier.html"))).contains("/x/");
        assertThat(Files.readString(hostile.site().output().resolve("ancienne/index.html"))).contains("/x/");
        assertThat(outcome.changedOutsideOutput()).isEmpty();
    }
}
