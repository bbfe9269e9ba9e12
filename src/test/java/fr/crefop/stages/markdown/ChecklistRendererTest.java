package fr.crefop.stages.markdown;

import fr.crefop.stages.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checklists ({@code - [ ]}) come out of flexmark as real checkboxes, each named by its item's text through a
 * label; ids are unique in the page; the h2 of a section holding a checklist is marked for print; the script that
 * keeps the ticks is loaded, deferred, only where there is a checklist.
 */
class ChecklistRendererTest {

    private static final String LISTS = """
            Introduction.

            ## Avant

            - [ ] Signer la [convention](index.md)
            - [x] Prévenir le tuteur : il accueille l'élève
            - [ ] Préparer le poste
                - le bureau
                - [ ] le badge

            ### Détail

            Une liste lâche :

            - [ ] Faire le point

            - [x] Faire le bilan

                Un second paragraphe.

            ## Sans liste

            Texte.

            ## Après

            1. [ ] Numérotée
            """;

    @Test
    void everyItemIsACheckboxNamedByItsText() {
        String html = Rendering.html(LISTS, "page");
        Document page = Rendering.document(LISTS, "page");

        var boxes = page.select("li.checklist__item input[type=checkbox].checklist__input");
        assertThat(boxes.eachAttr("id")).containsExactly("case-1", "case-2", "case-3", "case-4", "case-5", "case-6", "case-7");
        assertThat(boxes.stream().map(box -> name(page, box)).toList()).containsExactly("Signer la convention",
                "Prévenir le tuteur : il accueille l’élève", "Préparer le poste", "le badge", "Faire le point",
                "Faire le bilan", "Numérotée");
        assertThat(boxes.stream().filter(box -> box.hasAttr("checked")).map(Element::id)).containsExactly("case-2", "case-6");
        assertThat(html).contains("<input type=\"checkbox\" class=\"checklist__input\" id=\"case-2\" checked>"
                + "<label class=\"checklist__label\" for=\"case-2\">");
        assertThat(page.select(".checklist__box, .sr-only")).as("no drawn box left").isEmpty();
        assertThat(page.selectFirst("label[for=case-1] a[href]").text()).isEqualTo("convention");
        assertThat(page.select("label ul, label p")).as("a nested block stays outside the label").isEmpty();
        assertThat(page.selectFirst("label[for=case-3]").nextElementSibling().normalName()).isEqualTo("ul");
        assertThat(page.select("p:has(label[for=case-6]) + p").text()).isEqualTo("Un second paragraphe.");
        assertThat(page.select("p:empty")).isEmpty();
    }

    @Test
    void marksTheHeadingOfASectionHoldingAChecklist() {
        Document page = Rendering.document(LISTS, "page");

        assertThat(page.select("h2.checklist-heading").eachText()).containsExactly("Avant");
        assertThat(page.select("h3.checklist-heading")).isEmpty();
        assertThat(page.select("ul.checklist")).as("a list whose first item is a box").hasSize(2);
        assertThat(page.select("ol.checklist")).isEmpty();
    }

    @Test
    void loadsTheScriptOnlyWhereThereIsAChecklist(@TempDir Path folder) {
        TestSite site = TestSite.write(folder, TestSite.HOME + """
                -- content/listes.md --
                ---
                title: Listes
                description: Des listes.
                ---
                ## Avant

                - [ ] Signer la convention
                """);
        site.build();
        Document page = site.page("/listes/");

        assertThat(page.select("main li.checklist__item > input[type=checkbox]")).hasSize(1);
        Element script = page.selectFirst("head script[src$=checklists.js]");
        assertThat(script.attr("src")).isEqualTo("/assets/js/checklists.js");
        assertThat(script.hasAttr("defer")).isTrue();
        assertThat(site.exists("assets/js/checklists.js")).isTrue();
        assertThat(site.page("/").select("script[src$=checklists.js]")).as("only on pages with a checklist").isEmpty();
    }

    /** The accessible name a checkbox gets from its label. */
    private static String name(Document page, Element box) {
        Element label = page.selectFirst("label[for=" + box.id() + "]");
        assertThat(label).as("label of #" + box.id()).isNotNull();
        assertThat(box.hasAttr("aria-label") || box.hasAttr("aria-labelledby")).isFalse();
        return label.text().replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
