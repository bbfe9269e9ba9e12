package fr.crefop.stages.collective;

import fr.crefop.stages.cli.Main;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;
import fr.crefop.stages.pipeline.BuildResult;
import fr.crefop.stages.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: the home page, the shipped example plan, and two initiatives written inline.
 * Features tested: the plan page (planning table with caption and row headers, the compact day list, hosts by sector,
 * rules with their sources), the blank trame page and the downloadable YAML, the inventory (filter form hidden
 * without JavaScript, the script, a stable page per initiative, listing pages), a broken plan failing the build at
 * its file and line, and the {@code new} commands.
 */
class CollectiveSiteTest {

    @TempDir
    Path folder;

    private static String example() throws IOException {
        return Files.readString(Path.of("data/stages-collectifs/exemple-fictif.yaml"), StandardCharsets.UTF_8);
    }

    private static final String INITIATIVES = """
            -- data/initiatives/essai-eure.yaml --
            titre: Un essai dans l'Eure
            departement: 27
            territoire: Pont-Audemer
            secteurs: [industrie, santé]
            niveau: seconde
            eleves: "16"
            sources:
              - Relevé de décisions du groupe de travail Stages du 6 octobre 2025, CREFOP Normandie
            -- data/initiatives/ailleurs.yaml --
            titre: Un essai ailleurs
            departement: hors Normandie
            secteurs: [non communiqué]
            niveau: non communiqué
            """;

    @Test
    void planPageShowsThePlanningHostsRulesAndSources() throws IOException {
        TestSite site = TestSite.write(folder, TestSite.HOME + "-- data/stages-collectifs/exemple.yaml --\n" + example());
        BuildResult result = site.build();
        assertThat(result.findings()).isEmpty();
        Document page = site.page("/stage-collectif/plans/exemple/");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select(".callout--attention .callout__title").text()).contains("Exemple fictif");
        assertThat(page.select("table.plan-table caption").eachText().stream().map(t -> t.replace('\u00a0', ' ')))
                .containsExactly("Semaine 1 : du lundi 15 juin au vendredi 19 juin 2026", "Semaine 2 : du lundi 22 juin au vendredi 26 juin 2026");
        assertThat(page.select("table.plan-table tbody th[scope=row]")).hasSize(10);
        assertThat(page.select("table.plan-table thead th[scope=col]").eachText()).containsExactly("Jour", "Matin", "Après-midi", "Jour", "Matin", "Après-midi");
        assertThat(page.select("ol.plan-days > li")).hasSize(10);
        Element wednesday = page.select("table.plan-table tbody tr").get(2);
        assertThat(wednesday.text().replace('\u00a0', ' ')).contains("Visite", "Centre de soins B (fictif) (visite)",
                "Adulte responsable : Référente animatrice (fictive)", "9 h – 12 h");
        assertThat(page.select("table.plan-hosts tbody th[scope=row]").eachText()).containsExactly(
                "Administration", "Commerce", "Industrie", "Santé", "Transport et logistique");
        assertThat(page.select("table.plan-rules tbody tr")).hasSize(8);
        assertThat(page.select("table.plan-rules tbody td strong").eachText()).containsOnly("Respectée");
        assertThat(page.select("table.plan-rules a[href]").eachAttr("href")).contains(
                "https://lexbase.fr/texte-de-loi/code-de-leducationd3319/L7593MAH.html",
                "https://lyceens.monstageenligne.fr/editorial/regles-moins-de-18-ans");
        assertThat(page.select("ul.plan-pending li").eachText()).anySatisfy(t -> assertThat(t).contains("à confirmer auprès du lycée"));
        assertThat(page.select("link[rel=stylesheet][media=print]").attr("href")).isEqualTo("/assets/css/plan-print.css");
        assertThat(site.read("assets/css/plan-print.css")).contains("size: A4 landscape");
        assertThat(site.page("/stage-collectif/plans/").select("main a[href]").eachAttr("href")).contains("/stage-collectif/plans/exemple/");
    }

    @Test
    void blankTrameIsPrintableAndDownloadable() {
        TestSite site = TestSite.write(folder, TestSite.HOME + INITIATIVES);
        site.build();
        Document blank = site.page("/stage-collectif/trame-vierge/");
        assertThat(blank.select("table.plan-blank--grid thead th[scope=col]")).hasSize(10);
        assertThat(blank.select("table.plan-blank--grid tbody th[scope=row]").eachText()).containsExactly("Matin", "Après-midi");
        assertThat(blank.select("a[href=/stage-collectif/trame-stage-collectif.yaml]").text()).contains("YAML");
        assertThat(site.read("stage-collectif/trame-stage-collectif.yaml")).contains("referent_animateur:", "# Le référent animateur");
    }

    @Test
    void inventoryHasAStablePagePerInitiativeAndListingsThatNeedNoScript() {
        TestSite site = TestSite.write(folder, TestSite.HOME + INITIATIVES);
        site.build();
        Document inventory = site.page("/stage-collectif/initiatives/");
        assertThat(inventory.select("form.initiatives-filter").hasAttr("hidden")).isTrue();
        assertThat(inventory.select("form.initiatives-filter label[for=filtre-departement]")).hasSize(1);
        assertThat(inventory.select("script[src]").eachAttr("src")).contains("/assets/js/initiatives.js");
        assertThat(site.exists("assets/js/initiatives.js")).isTrue();
        assertThat(inventory.select("li.initiatives__item").eachAttr("data-secteur")).containsExactly("non-communique", "industrie sante");
        assertThat(inventory.select("main h2").eachText()).contains("Par département", "Par secteur", "Par niveau");
        Document eure = site.page("/stage-collectif/initiatives/departement/eure/");
        assertThat(eure.select("main li a").eachText()).containsExactly("Un essai dans l’Eure");
        assertThat(site.page("/stage-collectif/initiatives/secteur/sante/").select("main li a").eachAttr("href"))
                .containsExactly("/stage-collectif/initiatives/essai-eure/");
        assertThat(site.page("/stage-collectif/initiatives/niveau/seconde/").text()).contains("Un essai dans l’Eure");
        Document one = site.page("/stage-collectif/initiatives/ailleurs/");
        assertThat(one.select("dl.plan-facts").text()).contains("Territoire non communiqué", "Nombre d’élèves non communiqué");
    }

    @Test
    void aBrokenPlanFailsTheBuildAtItsFileAndLine() throws IOException {
        String broken = example().replaceFirst("      activite: atelier\n", "      activite: conduite de machine\n");
        TestSite site = TestSite.write(folder, TestSite.HOME + "-- data/stages-collectifs/casse.yaml --\n" + broken);
        SiteException failure = site.buildFails();
        Finding error = TestSite.onlyError(failure);
        assertThat(error.location()).isEqualTo("data/stages-collectifs/casse.yaml:"
                + (java.util.List.of(broken.split("\n")).indexOf("      activite: conduite de machine") + 1));
        assertThat(error.rule()).isEqualTo("stage-collectif/observation");
        assertThat(error.message()).startsWith("activité « conduite de machine » (le mardi 16 juin 2026 après-midi)");
        assertThat(site.exists("index.html")).isFalse();
    }

    @Test
    void newCommandsScaffoldAPlanAndAnInitiativeThatBuild() throws IOException {
        TestSite.write(folder, TestSite.HOME);
        assertThat(Main.execute("new", "stage-collectif", "Stage d'essai à Évreux", "--source", folder.toString())).isZero();
        assertThat(Main.execute("new", "initiative", "Une initiative", "--source", folder.toString())).isZero();
        Path plan = folder.resolve("data/stages-collectifs/stage-d-essai-a-evreux.yaml");
        assertThat(Files.readString(plan)).contains("titre: \"Stage d'essai à Évreux\"", "# Le référent animateur");
        assertThat(folder.resolve("data/initiatives/une-initiative.yaml")).exists();
        assertThat(Main.execute("new", "initiative", "Une initiative", "--source", folder.toString())).isEqualTo(2);
        BuildResult result = TestSite.write(folder, "").build();
        assertThat(result.findings()).isNotEmpty().noneMatch(Finding::isError)
                .allSatisfy(f -> assertThat(f.path()).isEqualTo("data/stages-collectifs/stage-d-essai-a-evreux.yaml"));
    }
}
