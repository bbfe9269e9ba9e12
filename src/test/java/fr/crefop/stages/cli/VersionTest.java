package fr.crefop.stages.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --version} prints the version of pom.xml (surefire passes it as the system property memento.projectVersion). */
class VersionTest {

    @Test
    void versionComesFromThePom() {
        String projectVersion = System.getProperty("memento.projectVersion");
        assertThat(projectVersion).as("system property set by surefire in pom.xml").isNotBlank().doesNotContain("${");

        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Main.execute("--version");
        } finally {
            System.setOut(originalOut);
        }

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("memento-stages " + projectVersion);
    }
}
