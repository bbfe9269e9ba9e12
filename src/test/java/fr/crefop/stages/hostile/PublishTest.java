package fr.crefop.stages.hostile;

import fr.crefop.stages.testing.HostileBuild;
import fr.crefop.stages.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing is atomic for real: the output is a symbolic link swapped with one rename, so a {@code kill -9} at any
 * moment leaves a complete site (the old one or the new one); two builds into one output take turns; what a killed
 * build left is removed by the next one.
 */
class PublishTest {

    private static final String PAGE = "-- content/index.md --\n---\ntitle: Accueil\ndescription: Accueil du site d'essai.\n---\n";

    @TempDir
    Path folder;

    @Test
    void aBuildKilledAtAnyMomentLeavesACompleteSiteAndTheNextBuildCleansUp() throws Exception {
        HostileBuild hostile = HostileBuild.in(folder);
        hostile.site().add(PAGE + "Version 0.\n");
        hostile.publish();
        Path output = hostile.site().output();
        String published = "Version 0.";
        long start = System.nanoTime();
        int kills = 0;
        int newSites = 0;
        // each child build is killed once its log reaches a step (most often « check », printed right before the
        // publish), after a delay that varies from kill to kill: the kills land before, during and after the switch
        while (kills < 15 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(45)) {
            kills++;
            String next = "Version " + kills + ".";
            hostile.site().add(PAGE + next + "\n");
            Process build = cli(hostile.site(), output).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
            String trigger = kills % 4 == 0 ? "bake" : "check";
            try (BufferedReader log = new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = log.readLine(); line != null && !line.startsWith(trigger); line = log.readLine()) {
                    // wait for the step
                }
                Thread.sleep((kills * 3L) % 10);
                build.destroyForcibly();
            }
            assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();

            String index = Files.readString(output.resolve("index.html"), StandardCharsets.UTF_8);
            assertThat(index).as("kill %d: a whole page", kills).startsWithIgnoringCase("<!doctype html>").endsWith("</html>\n");
            assertThat(index).as("kill %d: the old site or the new one", kills).containsAnyOf(published, next);
            if (index.contains(next)) {
                published = next;
                newSites++;
            }
        }
        assertThat(kills).as("kills within the time bound").isGreaterThanOrEqualTo(3);
        System.out.printf("PublishTest: %d kills, %d of them after the switch, %.1f s%n", kills, newSites,
                (System.nanoTime() - start) / 1e9);

        hostile.site().add(PAGE + "Version finale.\n");
        HostileBuild.Outcome last = hostile.run("build");
        assertThat(last.exitCode()).as(last.stderr()).isZero();
        assertThat(last.leftovers()).as("staging folders and old versions removed").isEmpty();
        assertThat(Files.readString(output.resolve("index.html"))).contains("Version finale.");
        assertThat(siblings(output)).hasSize(3); // the link, its version folder, the lock file
    }

    @Test
    void twoBuildsIntoOneOutputTakeTurnsAndNeverMixTheirSites() throws Exception {
        HostileBuild hostile = HostileBuild.in(folder);
        Path output = hostile.site().output();
        TestSite a = TestSite.write(folder.resolve("a"), PAGE + "Site A.\n");
        TestSite b = TestSite.write(folder.resolve("b"), PAGE + "Site B.\n" + """
                -- content/b.md --
                ---
                title: B
                description: Une page du site B seulement.
                ---
                Texte.
                """);

        Process first = cli(a, output).start();
        Process second = cli(b, output).start();
        String firstErr = new String(first.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String secondErr = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(first.waitFor(90, TimeUnit.SECONDS) && second.waitFor(90, TimeUnit.SECONDS)).isTrue();

        for (String err : List.of(firstErr, secondErr)) {
            assertThat(err).doesNotContain("\tat ");
        }
        assertThat(List.of(first.exitValue(), second.exitValue())).as(firstErr + secondErr)
                .allMatch(code -> code == 0 || code == 3).contains(0);
        if (first.exitValue() == 3 || second.exitValue() == 3) {
            assertThat(firstErr + secondErr).contains("une autre construction", "publie déjà dans " + output);
        }
        String index = Files.readString(output.resolve("index.html"));
        boolean siteB = index.contains("Site B.");
        assertThat(index).containsAnyOf("Site A.", "Site B.");
        assertThat(Files.exists(output.resolve("b/index.html"))).as("the pages of one site only").isEqualTo(siteB);
        assertThat(siblings(output)).noneMatch(name -> name.contains("staging"));
    }

    @Test
    void whatAKilledBuildLeftIsRemovedByTheNextBuild() throws IOException {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        Path output = hostile.site().output();
        for (String left : List.of(".site.staging-1234/index.html", ".site.v-orphan/.memento-build", ".site.old-5678/a.html")) {
            Files.createDirectories(output.resolveSibling(left).getParent());
            Files.writeString(output.resolveSibling(left), "reste");
        }
        Files.createSymbolicLink(output.resolveSibling(".site.link-9"), Path.of(".site.v-orphan"));

        HostileBuild.Outcome outcome = hostile.run("build");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.leftovers()).isEmpty();
        assertThat(siblings(output)).hasSize(3);
    }

    @Test
    void aRealOutputFolderFromAnEarlierVersionIsReplacedByTheLinkOnce() throws IOException {
        HostileBuild hostile = HostileBuild.in(folder);
        Path output = hostile.site().output();
        Files.createDirectories(output);
        Files.writeString(output.resolve(".memento-build"), "ancien");
        Files.writeString(output.resolve("ancienne-page.html"), "<html></html>");

        HostileBuild.Outcome outcome = hostile.run("build");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(Files.isSymbolicLink(output)).isTrue();
        assertThat(output.resolve("index.html")).exists();
        assertThat(output.resolve("ancienne-page.html")).doesNotExist();
        assertThat(siblings(output)).hasSize(3);
    }

    @Test
    void aFolderThatIsNotOursIsStillNeverReplaced() throws IOException {
        HostileBuild hostile = HostileBuild.in(folder);
        Path output = hostile.site().output();
        Files.createDirectories(output);
        Files.writeString(output.resolve("précieux.txt"), "à garder");

        HostileBuild.Outcome outcome = hostile.run("build");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.stderr()).contains("le dossier de sortie existe et ne vient pas d'une construction du site");
        assertThat(output.resolve("précieux.txt")).hasContent("à garder");
        assertThat(Files.isSymbolicLink(output)).isFalse();
    }

    private static ProcessBuilder cli(TestSite site, Path output) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "fr.crefop.stages.cli.Main",
                "build", "--source", site.root().toString(), "--output", output.toString()));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    private static List<String> siblings(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
