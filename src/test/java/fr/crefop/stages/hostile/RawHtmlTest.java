package fr.crefop.stages.hostile;

import fr.crefop.stages.testing.HostileBuild;
import fr.crefop.stages.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Raw HTML and addresses in a Markdown page: only the documented elements and attributes are published; a script,
 * a frame, an event handler, a {@code javascript:} link, a style or form, or anything loaded from another site is an
 * error at its Markdown line, in French, with what to write instead.
 */
class RawHtmlTest {

    @TempDir
    Path folder;

    /** The page's text starts at line 5; each case's text at line 7. */
    private static String page(String text) {
        return """
                -- content/a.md --
                ---
                title: A
                description: Une page.
                ---
                Texte.

                """ + text + "\n";
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("<script>alert(1)</script>", 7, "balise HTML <script> interdite", "sans JavaScript"),
                arguments("Texte <script>alert(1)</script> fin.", 7, "balise HTML <script> interdite", "sans JavaScript"),
                arguments("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>", 7, "balise HTML <iframe> interdite",
                        "sans JavaScript"),
                arguments("<img src=x onerror=alert(1)>", 7, "balise HTML <img> interdite", "![ce que montre l'image](image.png)"),
                arguments("<a href=\"javascript:alert(1)\">x</a>", 7, "balise HTML <a> interdite", "[texte](adresse)"),
                arguments("[x](javascript:alert(1))", 7, "le lien « javascript:alert(1) » utilise « javascript: », interdit",
                        "sans JavaScript"),
                arguments("[x](JavaScript&#58;alert(1))", 7, "« javascript: », interdit", "sans JavaScript"),
                arguments("<javascript:alert(1)>", 7, "« javascript: », interdit", "[texte](adresse)"),
                arguments("Voir [x][r].\n\n[r]: javascript:alert(1)", 7, "« javascript: », interdit", "[texte](adresse)"),
                arguments("<img src=\"https://autre-site.example/x.png\" alt=\"x\">", 7, "balise HTML <img> interdite",
                        "![ce que montre l'image](image.png)"),
                arguments("![x](https://autre-site.example/x.png)", 7,
                        "l'image « https://autre-site.example/x.png » vient d'un autre site", "enregistrez l'image dans content/"),
                arguments("![x](//autre-site.example/x.png)", 7, "vient d'un autre site", "enregistrez l'image dans content/"),
                arguments("<link rel=stylesheet href=\"https://autre-site.example/s.css\">", 7, "balise HTML <link> interdite",
                        "feuille de style du site"),
                arguments("Intro.\n\n<style>\nbody { background: url(https://autre-site.example/t.png) }\n</style>", 9,
                        "balise HTML <style> interdite", "feuille de style du site"),
                arguments("<form action=\"https://autre-site.example/f\"><input name=q></form>", 7,
                        "balise HTML <form> interdite", "les formulaires sont interdits"),
                arguments("<meta http-equiv=\"refresh\" content=\"0;url=https://autre-site.example/\">", 7,
                        "balise HTML <meta> interdite", "aliases:"),
                arguments("<object data=\"https://autre-site.example/x.swf\"></object>", 7, "balise HTML <object> interdite",
                        "sans JavaScript"),
                arguments("<embed src=\"https://autre-site.example/x.swf\">", 7, "balise HTML <embed> interdite", "sans JavaScript"),
                arguments("<svg onload=alert(1)></svg>", 7, "balise HTML <svg> interdite", "pour une image"),
                arguments("Un <span style=\"color:red\">mot</span>.", 7, "attribut « style » interdit sur <span>",
                        "feuille de style du site"),
                arguments("Un\n<span onclick=\"alert(1)\">mot</span>.", 8, "attribut « onclick » interdit sur <span>",
                        "sans JavaScript"),
                arguments("<details>\n<summary>Plus</summary>\n<video src=\"v.mp4\"></video>\n</details>", 9,
                        "balise HTML <video> interdite", "pour une vidéo"),
                arguments("> Citation\n> <iframe src=\"https://autre-site.example/\"></iframe>", 8,
                        "balise HTML <iframe> interdite", "sans JavaScript"),
                arguments("<!-- note --> <script>alert(1)</script>", 7, "balise HTML <script> interdite", "sans JavaScript"),
                arguments("<span>\n<img src=x onerror=alert(1)", 8, "balise HTML ou commentaire non fermé", "fermez chaque balise"),
                arguments("</div></main>", 7, "balise HTML <div> interdite", "une ligne vide entre deux paragraphes"),
                arguments("![x](photo.png){onerror=alert(1)}", 7, "attribut « onerror » interdit dans {…}", "sans JavaScript"),
                arguments("![x](photo.png){src=https://autre-site.example/x.png}", 7, "attribut « src » interdit dans {…}",
                        "{#ancre}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesAtTheMarkdownLine(String markdown, int line, String message, String hint) {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add(page(markdown) + "-- content/photo.png --\nimage\n");
        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);
        assertThat(outcome.stderr()).contains("ERROR content/a.md:" + line + " ").contains(message).contains(hint)
                .doesNotContain("templates/");
    }

    @Test
    void anImageWrittenInRawHtmlIsReportedInThePageNotInItsTemplate() {
        HostileBuild hostile = HostileBuild.in(folder).publish();
        hostile.site().add(page("<img src=\"photo.png\">") + "-- content/photo.png --\nimage\n");
        HostileBuild.Outcome outcome = hostile.run("build").refusedCleanly(1);
        assertThat(outcome.stderr()).contains("ERROR content/a.md:7 balise HTML <img> interdite dans une page")
                .doesNotContain("templates/page.ftl");
    }

    @Test
    void allowedElementsArePublishedAndCommentsAreNot() {
        TestSite site = TestSite.write(folder, TestSite.HOME + page("""
                Le <abbr title="Comité régional de l'emploi, de la formation et de l'orientation professionnelles">CREFOP</abbr>
                réunit les partenaires.<br>Appuyez sur <kbd>Entrée</kbd>, le 1<sup>er</sup> juin, H<sub>2</sub>O,
                un <span lang="en">job dating</span> <!-- à vérifier --> <mark>important</mark> <small>note</small>
                <cite>Le Mémento</cite> <time datetime="2025-06-16">16 juin</time>.

                <details>
                <summary>En savoir plus</summary>

                Le texte **en Markdown** dans le détail.

                </details>

                <!-- note entre rédacteurs -->
                """));
        site.build();
        Document page = site.page("/a/");
        Element prose = page.selectFirst("main");
        assertThat(prose.select("abbr").attr("title")).startsWith("Comité régional");
        assertThat(prose.select("br")).hasSize(1);
        assertThat(prose.select("kbd").text()).isEqualTo("Entrée");
        assertThat(prose.select("sup").text()).isEqualTo("er");
        assertThat(prose.select("sub").text()).isEqualTo("2");
        assertThat(prose.select("span[lang=en]").text()).isEqualTo("job dating");
        assertThat(prose.select("mark, small, cite")).hasSize(3);
        assertThat(prose.select("time[datetime=2025-06-16]").text()).isEqualTo("16 juin");
        assertThat(prose.select("details > summary").text()).isEqualTo("En savoir plus");
        assertThat(prose.select("details > p strong").text()).isEqualTo("en Markdown");
        assertThat(page.outerHtml()).doesNotContain("à vérifier", "note entre rédacteurs", "data-md-pos");
    }
}
