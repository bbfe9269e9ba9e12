package fr.crefop.stages.extras;

import java.util.List;

/**
 * What the search knows of one published page: its main content cut at its level-2 and level-3 headings.
 *
 * @param url     published address
 * @param title   the page title (its h1)
 * @param section the top section the page belongs to (« Mémento entreprises »), empty for a top page
 * @param tags    the page's keywords, from its header ({@code tags:})
 * @param parts   the text before the first heading (anchor and heading empty), then one part per heading
 */
public record SearchPage(String url, String title, String section, List<String> tags, List<Part> parts) {

    public SearchPage {
        tags = List.copyOf(tags);
        parts = List.copyOf(parts);
    }

    /**
     * @param anchor  the heading's id, empty for the text before the first heading
     * @param heading the heading's text, empty for the text before the first heading
     * @param text    the text under the heading, spaces collapsed
     */
    public record Part(String anchor, String heading, String text) {
    }
}
