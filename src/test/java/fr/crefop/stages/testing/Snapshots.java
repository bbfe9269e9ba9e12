package fr.crefop.stages.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Golden files for renderers, under {@code src/test/resources/snapshots/}. A test compares its output byte for byte
 * with the stored file; {@code mvn test -Dsnapshots.update=true} rewrites the files instead (then review the diff).
 */
public final class Snapshots {

    public static final String UPDATE_PROPERTY = "snapshots.update";

    private Snapshots() {
    }

    public static void assertMatches(String name, String actual) {
        Path file = folder().resolve(name);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                System.out.println("Snapshot written (" + UPDATE_PROPERTY + "=true): " + file + " — review it in the diff");
                return;
            }
            if (!Files.exists(file)) {
                fail("No snapshot " + file + ": run mvn test -D" + UPDATE_PROPERTY + "=true to write it, then review it");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(actual)
                    .as("output differs from snapshot %s; if the change is intended, run mvn test -D%s=true and review the diff",
                            file, UPDATE_PROPERTY)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use snapshot " + file, e);
        }
    }

    private static Path folder() {
        return Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/snapshots");
    }
}
