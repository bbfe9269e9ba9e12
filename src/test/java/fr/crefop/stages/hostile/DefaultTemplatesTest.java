package fr.crefop.stages.hostile;

import fr.crefop.stages.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: a site with no {@code templates/} folder, built by the packaged jar, on a machine where another user has
 * planted templates in the shared temporary folder where earlier versions extracted the defaults
 * ({@code java.io.tmpdir/memento-stages-defaults/<jar size>-<jar date>/templates}).
 * Features tested: the defaults are read from the jar itself; the planted template never runs.
 */
class DefaultTemplatesTest {

    private static final String PLANTED = "MODELE-PLANTE-PAR-UN-AUTRE-UTILISATEUR";

    @TempDir
    Path folder;

    @Test
    void readsTheDefaultTemplatesFromTheJarNotFromTheSharedTemporaryFolder() throws Exception {
        Path jar = packagedJar(folder.resolve("memento-stages.jar"));
        Path tmp = Files.createDirectories(folder.resolve("tmp"));
        String key = Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
        for (String name : List.of("templates", "assets")) {
            Path planted = Files.createDirectories(tmp.resolve("memento-stages-defaults").resolve(key).resolve(name));
            AliasClashTest.copyRepositoryFolder(name, planted);
        }
        Path plantedBase = tmp.resolve("memento-stages-defaults").resolve(key).resolve("templates/_base.ftl");
        String base = Files.readString(plantedBase);
        assertThat(base).contains("<main");
        Files.writeString(plantedBase, base.replace("<main", "<p>" + PLANTED + "</p><main"));
        Path site = folder.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/index.md"), """
                ---
                title: Accueil
                description: Accueil du site d'essai.
                ---
                Bonjour.
                """);
        Files.writeString(site.resolve("content/page.md"), """
                ---
                title: Une page
                description: Une page rendue avec le gabarit par défaut.
                ---
                Texte de la page.
                """);

        Process build = new ProcessBuilder(javaCommand(), "-Djava.io.tmpdir=" + tmp, "-cp", classpath(jar),
                Main.class.getName(), "build", "--source", site.toString(), "--output", site.resolve("out/site").toString())
                .redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(build.exitValue()).as(output).isZero();
        // a site without templates/ uses the packaged ones: nothing technical reaches the editor's terminal
        assertThat(output).doesNotContain("\tat ", "Exception");
        String page = Files.readString(site.resolve("out/site/page/index.html"));
        assertThat(page).contains("Texte de la page.", "<main").doesNotContain(PLANTED);
        assertThat(site.resolve("out/site/assets/css/site.css")).exists();
    }

    /** A jar of the compiled project (classes and packaged defaults), as {@code mvn package} makes it. */
    private static Path packagedJar(Path jar) throws IOException {
        Path classes = classesFolder();
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                boolean folder = Files.isDirectory(file);
                zip.putNextEntry(new JarEntry(folder ? name + "/" : name));
                if (!folder) {
                    Files.copy(file, zip);
                }
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static Path classesFolder() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar, then the project's dependencies (the test's class path without the compiled folders). */
    private static String classpath(Path jar) {
        String testPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>(List.of(jar.toString()));
        Path classes = classesFolder();
        Arrays.stream(testPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && entry.endsWith(".jar"))
                .filter(entry -> !Path.of(entry).toAbsolutePath().startsWith(classes))
                .forEach(entries::add);
        return String.join(File.pathSeparator, entries);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
