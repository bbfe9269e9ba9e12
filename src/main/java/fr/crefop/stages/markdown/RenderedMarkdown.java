package fr.crefop.stages.markdown;

import java.util.List;

/**
 * A page body turned into HTML.
 *
 * @param html the body's HTML; block elements carry a {@code data-md-pos} source offset, removed after checks
 * @param toc  its level-2 and level-3 headings
 */
public record RenderedMarkdown(String html, List<TocEntry> toc) {

    public RenderedMarkdown {
        toc = List.copyOf(toc);
    }
}
