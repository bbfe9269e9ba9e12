package fr.crefop.stages.hostile;

import fr.crefop.stages.testing.HostileBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: a source file (page, image, asset, template, data file, site.yaml) that is a symbolic link to a file or a
 * folder outside the site folder ({@code secret.txt} next to {@code site/}, {@code /proc/self/environ}).
 * Features tested: the link is an error naming it, with the French hint; nothing is read nor published. A link that
 * stays inside the site still works.
 */
class SymlinkTest {

    private static final String HINT = "remplacez le lien symbolique par le fichier lui-même";
    private static final String SECRET = "MOT-DE-PASSE-DU-SERVEUR";

    @TempDir
    Path folder;

    private HostileBuild published() {
        return HostileBuild.in(folder).publish();
    }

    private Path site(HostileBuild hostile) {
        return hostile.site().root();
    }

    /** A file outside the site folder, shaped as a valid page so that only the link check can stop it. */
    private Path secretPage() throws IOException {
        return Files.writeString(folder.resolve("secret.md"), """
                ---
                title: Secret
                description: Ce qui ne devait pas sortir.
                ---
                %s
                """.formatted(SECRET));
    }

    private void assertRefused(HostileBuild hostile, String link) {
        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);
        assertThat(outcome.stderr()).contains("ERROR " + link + " ce lien symbolique mène hors du dossier du site", HINT)
                .doesNotContain(SECRET);
        assertThat(outcome.stdout()).doesNotContain(SECRET);
    }

    @Test
    void refusesAPageLinkedToAFileOutsideTheSite() throws IOException {
        HostileBuild hostile = published();
        Files.createSymbolicLink(site(hostile).resolve("content/secret.md"), secretPage());
        assertRefused(hostile, "content/secret.md");
    }

    @Test
    void refusesAPageLinkedToTheBuildEnvironment() throws IOException {
        HostileBuild hostile = published();
        Files.createSymbolicLink(site(hostile).resolve("content/env.md"), Path.of("/proc/self/environ"));
        assertRefused(hostile, "content/env.md");
    }

    @Test
    void refusesAFolderLinkedOutsideTheSite() throws IOException {
        HostileBuild hostile = published();
        Path outside = Files.createDirectories(folder.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        Files.copy(secretPage(), outside.resolve("page.md"));
        Files.createSymbolicLink(site(hostile).resolve("content/dossier"), outside);
        assertRefused(hostile, "content/dossier");
    }

    @Test
    void refusesAnImageLinkedToASystemFile() throws IOException {
        HostileBuild hostile = published();
        Files.createSymbolicLink(site(hostile).resolve("content/photo.png"), Path.of("/etc/passwd"));
        assertRefused(hostile, "content/photo.png");
    }

    @Test
    void refusesAnAssetLinkedOutsideTheSite() throws IOException {
        HostileBuild hostile = HostileBuild.in(folder);
        AliasClashTest.copyRepositoryFolder("assets", site(hostile).resolve("assets"));
        hostile.publish();
        Files.createSymbolicLink(site(hostile).resolve("assets/secret.txt"), Files.writeString(folder.resolve("secret.txt"), SECRET));
        assertRefused(hostile, "assets/secret.txt");
    }

    @Test
    void refusesATemplateLinkedOutsideTheSite() throws IOException {
        HostileBuild hostile = HostileBuild.in(folder);
        AliasClashTest.copyRepositoryFolder("templates", site(hostile).resolve("templates"));
        hostile.publish();
        Path evil = Files.writeString(folder.resolve("evil.ftl"), "<html><body>" + SECRET + "</body></html>");
        Files.delete(site(hostile).resolve("templates/page.ftl"));
        Files.createSymbolicLink(site(hostile).resolve("templates/page.ftl"), evil);
        assertRefused(hostile, "templates/page.ftl");
    }

    @Test
    void refusesADataFileLinkedOutsideTheSite() throws IOException {
        HostileBuild hostile = HostileBuild.in(folder);
        AliasClashTest.copyRepositoryFolder("data", site(hostile).resolve("data"));
        hostile.publish();
        Path figures = site(hostile).resolve("data/statistiques/placements.csv");
        Path outside = Files.move(figures, folder.resolve("placements.csv"));
        Files.createSymbolicLink(figures, outside);
        assertRefused(hostile, "data/statistiques/placements.csv");
    }

    @Test
    void refusesASettingsFileLinkedOutsideTheSite() throws IOException {
        HostileBuild hostile = published();
        Path outside = Files.writeString(folder.resolve("site.yaml"), "title: Autre site\n");
        Files.createSymbolicLink(site(hostile).resolve("site.yaml"), outside);
        assertRefused(hostile, "site.yaml");
    }

    @Test
    void followsALinkThatStaysInsideTheSite() throws IOException {
        HostileBuild hostile = published();
        Path notes = Files.createDirectories(site(hostile).resolve("notes"));
        Files.writeString(notes.resolve("page.md"), """
                ---
                title: Notes
                description: Une page rangée hors de content/.
                ---
                Texte partagé.
                """);
        Files.write(notes.resolve("plan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.createSymbolicLink(site(hostile).resolve("content/notes.md"), notes.resolve("page.md"));
        Files.createSymbolicLink(site(hostile).resolve("content/plan.png"), Path.of("../notes/plan.png"));

        HostileBuild.Outcome outcome = hostile.run("build");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(Files.readString(hostile.site().output().resolve("notes/index.html"))).contains("Texte partagé.");
        assertThat(hostile.site().output().resolve("plan.png")).exists();
        assertThat(outcome.changedOutsideOutput()).isEmpty();
    }
}
