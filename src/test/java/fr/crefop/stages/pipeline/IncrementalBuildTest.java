package fr.crefop.stages.pipeline;

import fr.crefop.stages.diag.SiteException;
import fr.crefop.stages.serve.PreviewSession;
import fr.crefop.stages.serve.SourceWatcher;
import fr.crefop.stages.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The preview's incremental builds give, after every save, the very files a clean build gives: a seeded sequence of
 * edits (text, title, page added, page removed, data, template, a refused save then its fix) on a small site and on
 * a copy of the real site, each followed by a comparison of the preview folder with a fresh build, file by file.
 */
class IncrementalBuildTest {

    private static final String FIXTURE = TestSite.HOME + """
            -- content/guide/index.md --
            ---
            title: Le guide
            description: Une rubrique.
            order: 1
            ---
            Les pages du guide. Voir [avant](avant.md) et [après](apres.md#la-suite).
            -- content/guide/avant.md --
            ---
            title: Avant le stage
            description: Préparer.
            order: 1
            aliases: [/ancienne-adresse/]
            ---
            Préparer l'accueil.

            ## Le premier jour

            Voir [la suite](apres.md#la-suite).
            -- content/guide/apres.md --
            ---
            title: Après le stage
            description: Faire le bilan.
            order: 2
            tags: [bilan]
            ---
            Faire le bilan.

            ## La suite

            Retour au [premier jour](avant.md#le-premier-jour).
            -- content/contact.md --
            ---
            title: Contact
            description: Nous écrire.
            ---
            Écrivez-nous.
            """;

    @TempDir
    Path folder;

    @Test
    void aTextEditRendersOnlyThatPage() {
        TestSite site = TestSite.write(folder.resolve("site"), FIXTURE);
        Path preview = folder.resolve("preview");
        IncrementalBuild builds = new IncrementalBuild(new BuildOptions(site.root(), preview, false, true), BuildLog.silent());
        builds.run(Set.of());
        assertThat(builds.lastWasPartial()).isFalse();
        assertThat(builds.lastRendered()).isGreaterThan(5);
        site.add("""
                -- content/guide/apres.md --
                ---
                title: Après le stage
                description: Faire le bilan.
                order: 2
                tags: [bilan]
                ---
                Faire le bilan ensemble, nouveau texte.

                ## La suite

                Retour au [premier jour](avant.md#le-premier-jour).
                """);
        builds.run(Set.of(Path.of("content/guide/apres.md")));
        assertThat(builds.lastWasPartial()).isTrue();
        assertThat(builds.lastRendered()).isEqualTo(1);
        assertThat(read(preview.resolve("guide/apres/index.html"))).contains("nouveau texte");
        assertSameFiles(preview, fresh(site.root()));
    }

    @Test
    void withThePdfMadeOnRequestAMementoEditRendersOnePageAndThePdfComesWhenAsked() throws IOException {
        TestSite site = TestSite.write(folder.resolve("site"), FIXTURE + """
                -- content/memento/index.md --
                ---
                title: Le mémento
                description: Pour les entreprises.
                ---
                Lisez [la FAQ](faq.md).
                -- content/memento/faq.md --
                ---
                title: FAQ
                description: Les questions.
                ---
                ## Qui signe ?

                L'entreprise.
                """);
        Path preview = folder.resolve("preview");
        Path pdf = preview.resolve("memento/memento-entreprises.pdf");
        IncrementalBuild builds = new IncrementalBuild(new BuildOptions(site.root(), preview, false, true, false, false),
                BuildLog.silent());
        builds.run(Set.of());
        assertThat(pdf).doesNotExist();
        assertThat(read(preview.resolve("memento/faq/index.html"))).contains("Télécharger le mémento").contains("(PDF)");

        builds.makePdf();
        byte[] first = Files.readAllBytes(pdf);
        assertThat(new String(first, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(read(preview.resolve("memento/faq/index.html"))).containsPattern("\\(PDF, \\d+(&nbsp;| )pages?, \\d+(&nbsp;| )Ko\\)");

        append(site.root().resolve("content/memento/faq.md"), "\nLe tuteur aussi, depuis cette modification.\n");
        builds.run(Set.of(Path.of("content/memento/faq.md")));
        assertThat(builds.lastWasPartial()).isTrue();
        assertThat(builds.lastRendered()).isEqualTo(1);
        assertThat(pdf).as("the PDF of the former mémento is gone").doesNotExist();
        Path fresh = folder.resolve("fresh");
        new SiteBuild(new BuildOptions(site.root(), fresh, false, true, false, false), BuildLog.silent()).run();
        assertSameFiles(preview, fresh);

        builds.makePdf();
        assertThat(Files.readAllBytes(pdf)).isNotEqualTo(first);
    }

    @Test
    void seededEditsOnASmallSiteGiveACleanBuild() throws Exception {
        TestSite site = TestSite.write(folder.resolve("site"), FIXTURE);
        copy(Path.of("templates"), site.root().resolve("templates"));
        copy(Path.of("data"), site.root().resolve("data"));
        assertThat(replay(site.root(), 20251201L, 10)).as("every kind of edit").containsExactlyInAnyOrder(Edit.values());
    }

    @Test
    void seededEditsOnTheRealSiteGiveACleanBuild() throws Exception {
        Path root = folder.resolve("real");
        for (String part : List.of("content", "templates", "assets", "data")) {
            copy(Path.of(part), root.resolve(part));
        }
        Files.copy(Path.of("site.yaml"), root.resolve("site.yaml"));
        assertThat(replay(root, 12L, 8)).containsExactlyInAnyOrder(Edit.values());
    }

    /** Runs seeded edits (each kind once, in a seeded order, then random ones up to {@code steps}), each followed by an incremental build and a comparison with a clean build. */
    private Set<Edit> replay(Path root, long seed, int steps) throws IOException, InterruptedException {
        Random random = new Random(seed);
        Path preview = folder.resolve("preview");
        SourceWatcher watcher = PreviewSession.watcher(root);
        IncrementalBuild builds = new IncrementalBuild(new BuildOptions(root, preview, false, true), BuildLog.silent());
        builds.run(Set.of());
        List<Path> added = new ArrayList<>();
        List<String> done = new ArrayList<>();
        Set<Edit> kinds = java.util.EnumSet.noneOf(Edit.class);
        List<Edit> plan = new ArrayList<>(List.of(Edit.values()));
        java.util.Collections.shuffle(plan, random);
        plan.add(0, Edit.TEXT);
        while (plan.size() < steps) {
            plan.add(Edit.values()[random.nextInt(Edit.values().length)]);
        }
        for (int step = 0; step < plan.size(); step++) {
            Edit edit = plan.get(step);
            List<Path> pages = pages(root);
            Path page = pages.get(random.nextInt(pages.size()));
            done.add(edit + " " + root.relativize(page));
            // a text edit renders one page, except in the mémento, whose PDF only a whole build makes
            boolean mementoPage = root.relativize(page).toString().replace('\\', '/').startsWith("content/memento/");
            boolean textOnly = !mementoPage
                    && (edit == Edit.TEXT || edit == Edit.REFUSED || edit == Edit.REMOVE && added.isEmpty());
            switch (edit) {
                case TEXT -> append(page, "\nUn paragraphe ajouté à l'étape " + step + ".\n");
                case TITLE -> retitle(page, " (" + step + ")");
                case ADD -> {
                    Path fresh = root.resolve("content/ajout-" + step + ".md");
                    Files.writeString(fresh, "---\ntitle: Page ajoutée " + step + "\ndescription: Une page de plus.\n"
                            + "---\nUne page ajoutée.\n");
                    added.add(fresh);
                }
                case REMOVE -> {
                    if (added.isEmpty()) {
                        append(page, "\nEncore un paragraphe.\n");
                    } else {
                        Files.delete(added.remove(0));
                    }
                }
                case DATA -> {
                    Path data = root.resolve("data/statistiques/placements.csv");
                    Files.writeString(data, Files.readString(data).replaceFirst(";taux_sans_solution;[0-9,]+;",
                            ";taux_sans_solution;" + (5 + step) + ";"));
                }
                case TEMPLATE -> {
                    Path base = root.resolve("templates/_base.ftl");
                    Files.writeString(base, Files.readString(base).replace("</main>", "<p>Étape " + step + "</p></main>"));
                }
                case REFUSED -> {
                    String before = Files.readString(page);
                    append(page, "\nUn [lien cassé](absente-" + step + ".md).\n");
                    Set<Path> changes = watcher.changes();
                    assertThatThrownBy(() -> builds.run(changes)).isInstanceOf(SiteException.class);
                    Thread.sleep(5);
                    Files.writeString(page, before + "\nCorrigé à l'étape " + step + ".\n");
                }
            }
            builds.run(watcher.changes());
            assertThat(builds.lastWasPartial()).as("partial after %s", done).isEqualTo(textOnly);
            if (textOnly) {
                assertThat(builds.lastRendered()).as("pages rendered after %s", done).isEqualTo(1);
            }
            assertThat(differences(preview, fresh(root))).as("files that differ after %s", done).isEmpty();
            kinds.add(edit);
        }
        System.out.println("IncrementalBuildTest " + root.getFileName() + " : " + done);
        return kinds;
    }

    private enum Edit { TEXT, TITLE, ADD, REMOVE, DATA, TEMPLATE, REFUSED }

    private Path fresh(Path root) {
        Path out = folder.resolve("fresh");
        new SiteBuild(new BuildOptions(root, out, false, true), BuildLog.silent()).run();
        return out;
    }

    private static void assertSameFiles(Path actual, Path expected) {
        assertThat(differences(actual, expected)).isEmpty();
    }

    /** The relative paths of the files present in only one folder, or with other bytes. */
    private static List<String> differences(Path actual, Path expected) {
        Map<String, byte[]> mine = files(actual);
        Map<String, byte[]> theirs = files(expected);
        List<String> differ = new ArrayList<>();
        for (String path : new java.util.TreeSet<>(union(mine.keySet(), theirs.keySet()))) {
            byte[] a = mine.get(path);
            byte[] b = theirs.get(path);
            if (a == null || b == null || !Arrays.equals(a, b)) {
                differ.add(path + (a == null ? " (absent de l'aperçu)" : b == null ? " (en trop dans l'aperçu)" : ""));
            }
        }
        return differ;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Every file of a folder, by relative path. */
    private static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().startsWith("ajout-"))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    private static void append(Path page, String text) throws IOException {
        Files.writeString(page, Files.readString(page) + text);
    }

    /** Adds to the page's title (inside its quotes, if any). */
    private static void retitle(Path page, String more) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(page));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("title:")) {
                boolean quoted = line.endsWith("\"") || line.endsWith("'");
                lines.set(i, quoted ? line.substring(0, line.length() - 1) + more + line.charAt(line.length() - 1) : line + more);
                break;
            }
        }
        Files.writeString(page, String.join("\n", lines) + "\n");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
