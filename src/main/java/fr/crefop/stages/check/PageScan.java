package fr.crefop.stages.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The elements the checks look at, gathered in one walk over the page (each check used to walk it again):
 * headings, images, elements with an id, and elements that point to an address.
 */
public final class PageScan {

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LINKING = Set.of("a", "area", "link", "img", "script", "source", "track", "iframe");

    private final List<Element> headings = new ArrayList<>();
    private final List<Element> images = new ArrayList<>();
    private final List<Element> withId = new ArrayList<>();
    private final List<Element> linking = new ArrayList<>();
    private final List<Element> named = new ArrayList<>();

    PageScan(Document document) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (HEADINGS.contains(name)) {
                    headings.add(element);
                } else if (name.equals("img")) {
                    images.add(element);
                }
                if (element.hasAttr("id")) {
                    withId.add(element);
                }
                if (name.equals("a") && element.hasAttr("name")) {
                    named.add(element);
                }
                if (LINKING.contains(name) && (element.hasAttr("href") || element.hasAttr("src"))) {
                    linking.add(element);
                }
            }
        }, document);
    }

    /** h1 to h6, in page order. */
    public List<Element> headings() {
        return headings;
    }

    public List<Element> images() {
        return images;
    }

    public List<Element> withId() {
        return withId;
    }

    /** Old-style anchors {@code <a name="…">}. */
    public List<Element> named() {
        return named;
    }

    /** Elements with an {@code href} or {@code src} that loads or links something. */
    public List<Element> linking() {
        return linking;
    }
}
