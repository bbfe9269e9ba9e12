package fr.crefop.stages.markdown;

import fr.crefop.stages.html.TableMarkup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown tables come out of flexmark final (RGAA 5.4, 5.6, 5.7): in a named, focusable scrolling region, caption
 * first, headers with their scope, row headers where the editor asked for them, and a name taken from the heading
 * above when there is no caption. Asserted on the HTML the renderer writes, before any later step.
 */
class TableRendererTest {

    private static final String PAGE = """
            Avant tout intertitre :

            | A | B |
            | :--- | ---: |
            | a1 | b1 |

            ## Les membres « réunis »

            | Organisation | Participants |
            | --- | --- |
            | MEDEF | Une personne |
            |  | Sans nom |
            | **CFTC** | Une autre |
            [Membres *présents* & excusés]
            {.entetes-lignes}

            ### Détail avec `code`

            | X | Y |
            | --- | --- |
            | x | y |
            [ ]

            #### Sans légende, nommé à la main

            | R | S |
            | --- | --- |
            | r | s |
            {aria-label="Nommé à la main"}
            """;

    @Test
    void wrapsEveryTableInANamedRegionCountedInThePage() {
        String html = Rendering.html(PAGE, "page");
        Document page = Rendering.document(PAGE, "page");

        Elements regions = page.select("div.table-scroll[role=region][tabindex=0]");
        assertThat(regions).hasSize(4);
        assertThat(regions).allSatisfy(region -> assertThat(region.children()).singleElement()
                .satisfies(table -> assertThat(table.normalName()).isEqualTo("table")));
        assertThat(regions.eachAttr("aria-label")).containsExactly("Tableau 1",
                "Tableau : Membres présents & excusés", "Tableau : Détail avec code", "Tableau : Nommé à la main");
        assertThat(html).contains("aria-label=\"Tableau : Membres présents &amp; excusés\"><table");
    }

    @Test
    void putsTheCaptionFirstAndDropsABlankOne() {
        Elements tables = Rendering.document(PAGE, "page").select("table");

        Element captioned = tables.get(1);
        assertThat(captioned.child(0).normalName()).isEqualTo("caption");
        assertThat(captioned.child(0).text()).isEqualTo("Membres présents & excusés");
        assertThat(captioned.child(0).select("em").text()).isEqualTo("présents");
        assertThat(captioned.select("caption")).hasSize(1);
        assertThat(captioned.hasAttr("aria-labelledby")).as("a caption names the table").isFalse();
        assertThat(tables.get(2).select("caption")).as("blank caption").isEmpty();
    }

    @Test
    void givesHeadersTheirScopeAndMarksRowHeadersWhenAsked() {
        Elements tables = Rendering.document(PAGE, "page").select("table");

        assertThat(tables.select("thead th")).hasSize(8).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
        assertThat(tables.get(0).select("th[align=left]").text()).isEqualTo("A");
        Element members = tables.get(1);
        assertThat(members.hasClass(TableMarkup.ROW_HEADERS)).isTrue();
        assertThat(members.select("tbody th[scope=row]").eachText()).containsExactly("MEDEF", "CFTC");
        assertThat(members.selectFirst("tbody th[scope=row] strong")).isNotNull();
        assertThat(members.select("tbody tr").get(1).child(0).normalName()).as("a blank first cell stays a cell").isEqualTo("td");
        assertThat(tables.get(2).select("tbody th")).as("not asked").isEmpty();
    }

    @Test
    void namesATableWithoutCaptionByTheHeadingAbove() {
        Elements tables = Rendering.document(PAGE, "page").select("table");

        assertThat(tables.get(0).hasAttr("aria-labelledby")).as("no heading before it").isFalse();
        assertThat(tables.get(2).attr("aria-labelledby")).isEqualTo("detail-avec-code");
        assertThat(tables.get(3).attr("aria-label")).isEqualTo("Nommé à la main");
        assertThat(tables.get(3).hasAttr("aria-labelledby")).isFalse();
    }

    @Test
    void namesGeneratedTablesByTheirCaption() {
        assertThat(TableMarkup.open("Semaine 1 :\u00a0du « lundi »\n<2>", 3))
                .isEqualTo("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tableau : Semaine 1 : du « lundi » &lt;2&gt;\">");
        assertThat(TableMarkup.open(" ", 3)).contains("aria-label=\"Tableau 3\"");
    }
}
