package fr.crefop.stages.testing;

import fr.crefop.stages.pipeline.BuildLog;
import fr.crefop.stages.pipeline.BuildOptions;
import fr.crefop.stages.pipeline.BuildResult;
import fr.crefop.stages.pipeline.SiteBuild;
import fr.crefop.stages.diag.SiteException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A small site written from a text block into a temporary folder, built in-process, and read back with Jsoup.
 * Files are declared txtar-style:
 * <pre>
 * -- content/index.md --
 * ---
 * title: Accueil
 * ---
 * Texte.
 * </pre>
 * The project's own templates and assets are used unless the text declares some.
 */
public final class TestSite {

    /** A valid one-page site, to which a test adds the file it is about. */
    public static final String HOME = """
            -- content/index.md --
            ---
            title: Accueil
            description: Accueil du site d'essai.
            ---
            Bonjour.
            """;

    private final Path root;
    private final Path output;

    private TestSite(Path root) {
        this.root = root;
        this.output = root.resolve("out/site");
    }

    public static TestSite write(Path folder, String files) {
        TestSite site = new TestSite(folder);
        site.add(files);
        return site;
    }

    /** Adds or replaces files. */
    public TestSite add(String files) {
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : files.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                flush(current, text);
                current = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (current != null) {
                text.append(line).append('\n');
            }
        }
        flush(current, text);
        return this;
    }

    private void flush(String path, StringBuilder text) {
        if (path == null) {
            return;
        }
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return output;
    }

    public BuildResult build() {
        return build(false);
    }

    public BuildResult build(boolean drafts) {
        return new SiteBuild(new BuildOptions(root, output, drafts, true), BuildLog.silent()).run();
    }

    /** Builds a site expected to fail, and returns the failure. */
    public SiteException buildFails() {
        SiteException[] failure = new SiteException[1];
        assertThatThrownBy(this::build).isInstanceOfSatisfying(SiteException.class, e -> failure[0] = e);
        return failure[0];
    }

    /** The only error of a failed build (fails the test if there are several). */
    public static fr.crefop.stages.diag.Finding onlyError(SiteException failure) {
        java.util.List<fr.crefop.stages.diag.Finding> errors = failure.findings().stream()
                .filter(fr.crefop.stages.diag.Finding::isError).toList();
        org.assertj.core.api.Assertions.assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    /** The published page at an address such as {@code /memento/}. */
    public Document page(String address) {
        Path file = output.resolve(address.substring(1)).resolve(address.endsWith("/") ? "index.html" : "");
        try {
            return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), address);
        } catch (IOException e) {
            throw new UncheckedIOException("No page at " + address + " (" + file + ")", e);
        }
    }

    public boolean exists(String outputPath) {
        return Files.exists(output.resolve(outputPath));
    }

    public String read(String outputPath) {
        try {
            return Files.readString(output.resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
