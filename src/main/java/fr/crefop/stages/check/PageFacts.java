package fr.crefop.stages.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the site-wide checks need to know of one page, kept after the page itself is written and forgotten. */
public record PageFacts(String outputPath, String url, Set<String> ids, List<String> headingIds, List<LinkUse> links) {

    public PageFacts {
        ids = Set.copyOf(ids);
        headingIds = List.copyOf(headingIds);
        links = List.copyOf(links);
    }

    public static PageFacts of(CheckedPage page) {
        Set<String> ids = new HashSet<>();
        List<String> headingIds = new ArrayList<>();
        List<LinkUse> links = new ArrayList<>();
        for (PageElement element : page.outline().elements()) {
            String name = element.name();
            if (element.has("id")) {
                ids.add(element.id());
                if ((name.equals("h2") || name.equals("h3")) && element.inMain()) {
                    headingIds.add(element.id());
                }
            }
            if (name.equals("a") && element.has("name")) {
                ids.add(element.attr("name"));
            }
            if (PageOutline.LINKING.contains(name) && (element.has("href") || element.has("src"))) {
                links.add(new LinkUse(element.has("href") ? element.attr("href") : element.attr("src"),
                        element.location(), page.url()));
            }
        }
        return new PageFacts(page.outputPath(), page.url(), ids, headingIds, links);
    }
}
