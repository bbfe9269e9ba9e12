package fr.crefop.stages.paths;

import fr.crefop.stages.diag.SiteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Resolving inside a root: the last guard before any write. */
class ContainedPathTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"../x.txt", "a/../../x.txt", "/etc/passwd", "C:/x.txt", "a\\..\\..\\x", "//host/x",
            "a\u0000b", "a\nb", "", ".", "a/.."})
    void refusesWhatLeavesTheRoot(String relative) {
        assertThat(ContainedPath.resolve(root, relative)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "a/b/index.html", "a/./b.html", "a/../b.html", "assets/css/site.css"})
    void acceptsWhatStaysInside(String relative) {
        assertThat(ContainedPath.resolve(root, relative)).get().satisfies(p -> assertThat(p.startsWith(root)).isTrue());
    }

    @Test
    void aRefusedWriteNamesItsSource() {
        assertThatThrownBy(() -> ContainedPath.inside(root, "../../x.txt", "content/a.md", 5))
                .isInstanceOfSatisfying(SiteException.class, e -> {
                    assertThat(e.findings().get(0).location()).isEqualTo("content/a.md:5");
                    assertThat(e.findings().get(0).message()).contains("écriture refusée", "../../x.txt");
                });
    }

    @Test
    void followsSymbolicLinksWhenCheckingAReadFile() throws Exception {
        Path site = Files.createDirectories(root.resolve("site"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "secret");
        Path inside = Files.writeString(site.resolve("page.md"), "page");
        Path out = Files.createSymbolicLink(site.resolve("out.md"), secret);
        Path in = Files.createSymbolicLink(site.resolve("in.md"), inside);
        Path broken = Files.createSymbolicLink(site.resolve("broken.md"), site.resolve("missing"));

        assertThat(ContainedPath.staysInside(site, inside)).isTrue();
        assertThat(ContainedPath.staysInside(site, in)).isTrue();
        assertThat(ContainedPath.staysInside(site, out)).isFalse();
        assertThat(ContainedPath.staysInside(site, broken)).isFalse();
    }
}
