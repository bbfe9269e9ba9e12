package fr.crefop.stages.hostile;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.stats.data.DataLimits;
import fr.crefop.stages.stats.data.StatsFixture;
import fr.crefop.stages.testing.HostileBuild;
import fr.crefop.stages.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: the statistics fixture, published, then a data file beyond the limits (rows, bytes) or an outlines file
 * beyond the size limit. Features tested: the build stops with the file and line in French and a hint, exit code 1,
 * the published site unchanged; an oversized file is refused without being read.
 */
class DataLimitsTest {

    private static final String ROW = "2025;seconde;28;taux_placement;91;%;enquete\n";

    @TempDir
    Path folder;

    private HostileBuild published() {
        HostileBuild hostile = HostileBuild.in(folder);
        hostile.site().add(StatsFixture.ALL);
        return hostile.publish();
    }

    @Test
    void refusesTheRowAfterTheLimitAtItsLine() throws IOException {
        HostileBuild hostile = published();
        Path big = hostile.site().root().resolve("data/statistiques/export.csv");
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("campagne;niveau;territoire;indicateur;valeur;unite;source\n\n");
            for (int i = 0; i <= DataLimits.MAX_ROWS; i++) {
                out.write(ROW);
            }
        }
        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);
        // header on line 1, a blank line 2, the 100 001st data row on line 100 003
        assertThat(outcome.stderr()).contains("ERROR data/statistiques/export.csv:100003 trop de lignes : la limite est de 100 000 "
                + "lignes de données par fichier").contains("répartissez les lignes dans plusieurs fichiers .csv");
    }

    @Test
    void refusesAFileOneByteAboveTheSizeLimit() throws IOException {
        HostileBuild hostile = published();
        byte[] bytes = new byte[(int) DataLimits.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) '\n');
        byte[] header = "campagne;niveau;territoire;indicateur;valeur;unite;source\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, bytes, 0, header.length);
        Files.write(hostile.site().root().resolve("data/statistiques/export.csv"), bytes);
        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);
        assertThat(outcome.stderr()).contains("ERROR data/statistiques/export.csv fichier trop volumineux (10 485 761 octets) : "
                + "la limite est de 10 Mo (10 485 760 octets)").contains("répartissez les lignes");
    }

    @Test
    void refusesAHugeFileWithoutReadingIt() throws IOException {
        TestSite site = TestSite.write(folder, StatsFixture.ALL);
        Path huge = site.root().resolve("data/statistiques/sources.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024); // sparse: 3 Gio that a full read could not even hold in one array
        }
        Finding finding = TestSite.onlyError(site.buildFails());
        assertThat(finding.path()).isEqualTo("data/statistiques/sources.csv");
        assertThat(finding.line()).isZero();
        assertThat(finding.message()).isEqualTo("fichier trop volumineux (3 221 225 472 octets) : la limite est de 10 Mo (10 485 760 octets)");
    }

    @Test
    void refusesOutlinesAboveTheSizeLimit() throws IOException {
        HostileBuild hostile = published();
        hostile.site().add("""
                -- content/carte.md --
                ---
                title: Carte
                description: Une carte des départements.
                ---
                Les élèves sans solution de stage :

                {{stats-map indicateur=taux_sans_solution}}
                """);
        Path geo = hostile.site().root().resolve(StatsFixture.GEO_FROM_REPOSITORY);
        Files.createDirectories(geo.getParent());
        byte[] bytes = new byte[(int) DataLimits.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) ' ');
        Files.write(geo, bytes);
        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);
        assertThat(outcome.stderr()).contains("ERROR content/carte.md:7 carte impossible : contours des départements : "
                + "fichier trop volumineux (10 485 761 octets) : la limite est de 10 Mo (10 485 760 octets)");
    }
}
