package fr.crefop.stages.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the site-wide checks need to know of one page, kept after the page itself is written and forgotten. */
public record PageFacts(String outputPath, String url, Set<String> ids, List<String> headingIds, List<LinkUse> links) {

    private static final String LINKED = "a[href], area[href], link[href], img[src], script[src], source[src], track[src], iframe[src]";

    public PageFacts {
        ids = Set.copyOf(ids);
        headingIds = List.copyOf(headingIds);
        links = List.copyOf(links);
    }

    public static PageFacts of(CheckedPage page) {
        Document document = page.document();
        Set<String> ids = new HashSet<>();
        for (Element element : document.select("[id]")) {
            ids.add(element.id());
        }
        for (Element element : document.select("a[name]")) {
            ids.add(element.attr("name"));
        }
        List<String> headingIds = document.select("main h2[id], main h3[id]").eachAttr("id");
        List<LinkUse> links = new ArrayList<>();
        for (Element element : document.select(LINKED)) {
            String href = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            links.add(new LinkUse(href, page.locate(element), page.url()));
        }
        return new PageFacts(page.outputPath(), page.url(), ids, headingIds, links);
    }
}
