package fr.crefop.stages.extras;

import fr.crefop.stages.kit.Flyers;
import fr.crefop.stages.content.SourcePage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Keeps, while the post step reads each final page (pages in parallel), what the search index needs:
 * published content pages only (no page left at an old address, no draft, no 404 or search page, and no flyer: a
 * flyer is the print view of a page that is indexed already).
 */
public final class SearchCollector {

    private final Map<String, SearchPage> pages = new ConcurrentSkipListMap<>();

    /** What reads a final page for the search, when the page belongs in it. Called once per page, from any thread. */
    public Optional<SearchText> reader(Optional<SourcePage> source) {
        if (source.isEmpty() || source.get().isDraft() || ExtraPages.isExtra(source.get())
                || source.get().frontMatter().layout().equals(Flyers.LAYOUT)) {
            return Optional.empty();
        }
        return Optional.of(new SearchText());
    }

    /** Keeps what {@code text} read of the page at {@code url}. */
    public void collect(String url, SourcePage source, SearchText text) {
        text.page(url, source.frontMatter().tags()).ifPresent(page -> pages.put(url, page));
    }

    /** The pages collected, in address order. */
    public List<SearchPage> pages() {
        return List.copyOf(pages.values());
    }
}
