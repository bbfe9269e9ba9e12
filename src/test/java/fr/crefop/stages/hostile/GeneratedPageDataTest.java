package fr.crefop.stages.hostile;

import fr.crefop.stages.testing.HostileBuild;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages generated from data files (here an initiative of the collective-stage inventory) are not held to the
 * editors' raw-HTML policy, because their HTML is written by our code: every value read from a data file must then
 * reach the reader as text, never as markup.
 */
class GeneratedPageDataTest {

    @TempDir
    Path folder;

    @Test
    void markupInADataValueIsShownAsTextOnTheGeneratedPages() {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add("""
                -- data/initiatives/piege.yaml --
                titre: "Piège <script>alert(1)</script> <img src=x onerror=alert(2)>"
                departement: 27
                territoire: "<iframe src=https://autre-site.example/></iframe>"
                secteurs: ["<b onclick=alert(3)>industrie</b>"]
                niveau: seconde
                """);
        HostileBuild.Outcome outcome = hostile.run("build");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        for (String address : new String[] {"/stage-collectif/initiatives/", "/stage-collectif/initiatives/piege/"}) {
            Document page = hostile.site().page(address);
            assertThat(page.select("main script, main iframe, main img[onerror], main [onclick]")).as(address).isEmpty();
            assertThat(page.select("main").text()).as(address).contains("<script>alert(1)</script>");
        }
    }
}
