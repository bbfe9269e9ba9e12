package fr.crefop.stages.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The table of contents shows each heading's text as the reader sees it in the page. */
class TableOfContentsTest {

    @Test
    void entriesAreThePlainTextOfTheHeadings() {
        RenderedMarkdown rendered = Rendering.rendered("""
                ## Assurance &amp; "responsabilité"

                Texte.

                ### Les 3 \\*étapes\\* avec `code` et <abbr title="très petites entreprises">TPE</abbr>

                Texte.

                #### Trop profond pour le sommaire
                """, "page");
        assertThat(rendered.toc()).extracting(TocEntry::level, TocEntry::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Assurance & « responsabilité »"),
                org.assertj.core.groups.Tuple.tuple(3, "Les 3 *étapes* avec code et TPE"));
        assertThat(rendered.toc().get(0).id()).isEqualTo("assurance-responsabilite");
    }
}
