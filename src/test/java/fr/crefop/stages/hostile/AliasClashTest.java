package fr.crefop.stages.hostile;

import fr.crefop.stages.testing.HostileBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: a page whose old address ({@code aliases:}) names a file the site already publishes: the stylesheet, the
 * open data, another page, an image.
 * Features tested: two things on one output file is an error naming both, at the alias's line; nothing is published.
 */
class AliasClashTest {

    @TempDir
    Path folder;

    private static String pageWithAlias(String alias) {
        return """
                -- content/a.md --
                ---
                title: A
                description: Une page.
                aliases:
                  - %s
                ---
                Texte.
                """.formatted(alias);
    }

    @Test
    void refusesAnAliasOnTheStylesheet() {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add(pageWithAlias("/assets/css/site.css"));

        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);

        assertThat(outcome.stderr()).contains(
                "ERROR content/a.md:5 l'alias /assets/css/site.css publierait le même fichier (assets/css/site.css) que assets/css/site.css",
                "changez l'une des deux adresses");
    }

    @Test
    void refusesAnAliasOnTheOpenData() {
        HostileBuild hostile = HostileBuild.in(folder);
        copyRepositoryFolder("data", hostile.site().root().resolve("data"));
        hostile.publish();
        hostile.site().add(pageWithAlias("/statistiques/donnees.csv"));

        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);

        assertThat(outcome.stderr()).contains("ERROR content/a.md:5 l'alias /statistiques/donnees.csv publierait le même fichier",
                "que statistiques/donnees.csv (données ouvertes produites depuis data/statistiques)");
    }

    @Test
    void refusesAnAliasOnTheFileOfAnotherPage() {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add(pageWithAlias("/b/index.html") + """
                -- content/b.md --
                ---
                title: B
                description: Une autre page.
                ---
                Texte.
                """);

        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);

        assertThat(outcome.stderr()).contains(
                "ERROR content/a.md:5 l'alias /b/index.html publierait le même fichier (b/index.html) que la page /b/ (content/b.md)");
    }

    @Test
    void refusesAnAliasOnAnImage() throws IOException {
        HostileBuild hostile = HostileBuild.in(folder);
        Files.createDirectories(hostile.site().root().resolve("content/images"));
        Files.write(hostile.site().root().resolve("content/images/plan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        hostile.publish();
        hostile.site().add(pageWithAlias("/images/PLAN.png"));

        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);

        assertThat(outcome.stderr()).contains("ERROR content/a.md:5 l'alias /images/PLAN.png publierait le même fichier",
                "que content/images/plan.png");
    }

    @Test
    void refusesAnAliasAlreadyTakenByAPageAddressAtItsLine() {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add(pageWithAlias("/"));

        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);

        assertThat(outcome.stderr()).contains("ERROR content/a.md:5 l'ancienne adresse / est déjà prise par content/index.md");
    }

    /** Copies a folder of the repository (the real site's data) into the test site. */
    static void copyRepositoryFolder(String name, Path target) {
        Path source = Path.of(name).toAbsolutePath();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
