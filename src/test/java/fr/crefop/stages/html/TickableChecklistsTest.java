package fr.crefop.stages.html;

import fr.crefop.stages.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site: a page with two checklists (one item ticked in the Markdown, one with a link and a nested list) and a page
 * without any.
 * Features tested: every checklist item is a real checkbox whose accessible name is the item's text (a label
 * bound by {@code for}); ids are unique; the sections holding a checklist are marked for print; the script that
 * keeps the ticks is loaded, deferred, only where there is a checklist.
 */
class TickableChecklistsTest {

    @Test
    void everyItemIsACheckboxNamedByItsText(@TempDir Path folder) {
        TestSite site = TestSite.write(folder, TestSite.HOME + """
                -- content/listes.md --
                ---
                title: Listes
                description: Des listes.
                ---
                Introduction.

                ## Avant

                - [ ] Signer la [convention](index.md)
                - [x] Prévenir le tuteur : il accueille l'élève
                - [ ] Préparer le poste
                    - le bureau
                    - le badge

                ## Après

                - [ ] Faire le bilan
                """);
        site.build();
        Document page = site.page("/listes/");

        var boxes = page.select("main li.checklist__item > input[type=checkbox]");
        assertThat(boxes).hasSize(4);
        assertThat(boxes.eachAttr("id")).doesNotHaveDuplicates();
        assertThat(boxes.stream().map(box -> name(page, box)).toList()).containsExactly(
                "Signer la convention", "Prévenir le tuteur : il accueille l’élève", "Préparer le poste", "Faire le bilan");
        assertThat(boxes.get(1).hasAttr("checked")).isTrue();
        assertThat(boxes.get(0).hasAttr("checked")).isFalse();
        assertThat(page.select("main .checklist .sr-only, main .checklist__box")).isEmpty();
        assertThat(page.selectFirst("label[for=" + boxes.get(0).id() + "] a[href]").attr("href")).isEqualTo("/");
        assertThat(page.select("label ul")).isEmpty();
        assertThat(page.select("h2.checklist-heading").eachText()).containsExactly("Avant", "Après");

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
