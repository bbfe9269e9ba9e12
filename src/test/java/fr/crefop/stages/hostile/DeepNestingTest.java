package fr.crefop.stages.hostile;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.testing.HostileBuild;
import fr.crefop.stages.work.PageFailure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deeply nested Markdown used to end the build (and {@code serve}) with a {@link StackOverflowError}, a 1,024-line
 * stack trace, no file named and a staging folder left behind. Now a page beyond the stated limits (100 levels,
 * 200 formatting signs in a row) is refused with its file and line; nesting below the limits builds.
 */
class DeepNestingTest {

    private static final String HEADER = "---\ntitle: X\ndescription: Une page.\n---\n";

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "1000 nested quotes,     quotes,   5,   1000 niveaux",
            "400-level nested list,  list,     105, 101 niveaux",
            "10000 emphasis markers (5000 on each side), emphasis, 5,   5000 signes",
            "a line of 3000 dashes,  dashes,   5,   3000 signes",
    })
    void refusesAPageNestedBeyondTheLimitNamingFileAndLine(String name, String kind, int line, String measure) {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add("-- content/x.md --\n" + HEADER + body(kind));

        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);

        assertThat(outcome.stderr())
                .contains("ERROR content/x.md:" + line + " la page est trop imbriquée : " + measure)
                .contains("réduisez l'imbrication")
                .doesNotContain("StackOverflowError");
    }

    @Test
    void refusesAHugeTableNamingItsFirstLineAndBuildsALargeOne() {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add("-- content/x.md --\n" + HEADER + "## Chiffres\n\n" + table(40_000));
        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);
        assertThat(outcome.stderr()).contains("ERROR content/x.md:7 le bloc qui commence à cette ligne (tableau, paragraphe"
                + " ou liste) fait plus de 2000 lignes sans ligne vide").contains("découpez-le");

        hostile.site().add("-- content/x.md --\n" + HEADER + "## Chiffres\n\n" + table(1_500));
        assertThat(hostile.run("build").exitCode()).isZero();
    }

    private static String table(int rows) {
        StringBuilder table = new StringBuilder("| Rang | Valeur |\n|---|---|\n");
        for (int i = 0; i < rows; i++) {
            table.append("| ").append(i).append(" | ").append(i * 7).append(" |\n");
        }
        return table.toString();
    }

    @Test
    void legitimateNestingStillBuilds() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int level = 0; level < 20; level++) {
            body.append("  ".repeat(level)).append("- niveau ").append(level + 1).append('\n');
        }
        body.append('\n').append("> ".repeat(30)).append("citation profonde\n");
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add("-- content/x.md --\n" + HEADER + body);

        HostileBuild.Outcome outcome = hostile.run("build");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        Document page = Jsoup.parse(hostile.site().output().resolve("x/index.html").toFile());
        assertThat(page.select("main ul ul ul ul ul ul ul ul ul ul ul ul ul ul ul ul ul ul ul ul li")).isNotEmpty();
        assertThat(page.select("blockquote").size()).isEqualTo(30);
    }

    @Test
    void nestingRightAtTheLimitBuildsOnTheDeepStackWorkers() {
        // a list nested 100 levels deep: the default 1 MB stack of the common pool overflowed while rendering it
        StringBuilder deep = new StringBuilder();
        for (int level = 0; level < 100; level++) {
            deep.append("  ".repeat(level)).append("- niveau ").append(level + 1).append('\n');
        }
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add("-- content/x.md --\n" + HEADER + deep);

        HostileBuild.Outcome outcome = hostile.run("build");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    }

    @Test
    void aStackOverflowInOnePageBecomesAFindingNamingThePage() {
        Finding finding = PageFailure.of("content/x.md", "la lecture du Markdown", new StackOverflowError());

        assertThat(finding.isError()).isTrue();
        assertThat(finding.path()).isEqualTo("content/x.md");
        assertThat(finding.message()).startsWith("la page est trop imbriquée pour être produite");
    }

    private static String body(String kind) {
        return switch (kind) {
            case "quotes" -> ">".repeat(1000) + " a\n";
            case "list" -> {
                StringBuilder list = new StringBuilder();
                for (int level = 0; level < 400; level++) {
                    list.append("  ".repeat(level)).append("- a\n");
                }
                yield list.toString();
            }
            case "emphasis" -> "*".repeat(5000) + "a" + "*".repeat(5000) + "\n";
            case "dashes" -> "-".repeat(3000) + "\n";
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
