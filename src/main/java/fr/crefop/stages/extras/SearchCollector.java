package fr.crefop.stages.extras;

import fr.crefop.stages.kit.Flyers;
import fr.crefop.stages.content.SourcePage;
import org.jsoup.nodes.Document;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Keeps, while the post step has each final page in memory (pages in parallel), what the search index needs:
 * published content pages only (no page left at an old address, no draft, no 404 or search page, and no flyer: a
 * flyer is the print view of a page that is indexed already).
 */
public final class SearchCollector {

    private final SearchText extractor = new SearchText();
    private final Map<String, SearchPage> pages = new ConcurrentSkipListMap<>();

    /** Called once per final page, from any thread. */
    public void collect(String url, Optional<SourcePage> source, Document document) {
        if (source.isEmpty() || source.get().isDraft() || ExtraPages.isExtra(source.get())
                || source.get().frontMatter().layout().equals(Flyers.LAYOUT)) {
            return;
        }
        extractor.extract(document, url, source.get().frontMatter().tags()).ifPresent(page -> pages.put(url, page));
    }

    /** The pages collected, in address order. */
    public List<SearchPage> pages() {
        return List.copyOf(pages.values());
    }
}
