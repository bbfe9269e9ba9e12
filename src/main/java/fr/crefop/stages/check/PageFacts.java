package fr.crefop.stages.check;

import org.jsoup.nodes.Element;

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
        for (Element element : page.scan().withId()) {
            ids.add(element.id());
        }
        for (Element element : page.scan().named()) {
            ids.add(element.attr("name"));
        }
        List<String> headingIds = page.scan().headings().stream()
                .filter(h -> (h.normalName().equals("h2") || h.normalName().equals("h3")) && h.hasAttr("id")
                        && h.closest("main") != null)
                .map(Element::id).toList();
        List<LinkUse> links = new ArrayList<>();
        for (Element element : page.scan().linking()) {
            String href = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            links.add(new LinkUse(href, page.locate(element), page.url()));
        }
        return new PageFacts(page.outputPath(), page.url(), ids, headingIds, links);
    }
}
