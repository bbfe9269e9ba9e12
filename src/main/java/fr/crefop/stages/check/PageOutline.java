package fr.crefop.stages.check;

import fr.crefop.stages.html.HtmlStream;
import fr.crefop.stages.html.TableMarkup;
import fr.crefop.stages.markdown.MarkdownRenderer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the checks need of a page, gathered while the page is read once ({@link HtmlStream}): the elements that
 * carry a rule (headings, images, tables and their cells, figures, elements with an id, anything that links or loads
 * an address, the document's language, title and description), each located in its source.
 */
public final class PageOutline implements HtmlStream.Listener {

    private static final Set<String> KEPT = Set.of("html", "title", "meta", "h1", "h2", "h3", "h4", "h5", "h6", "img",
            "table", "caption", "tbody", "tr", "th", "figure", "figcaption", "main");
    /** Elements whose text names something (a heading, a caption, a title) or that an aria-labelledby may name. */
    private static final Set<String> TEXT_KEPT = Set.of("title", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "figcaption");
    /** Elements that load or lead to an address. */
    static final Set<String> LINKING = Set.of("a", "area", "link", "img", "script", "source", "track", "iframe");

    private final SourceLocator locator;
    private final List<PageElement> elements = new ArrayList<>();
    private final List<Open> open = new ArrayList<>();
    private final List<PageElement> collecting = new ArrayList<>();
    private final Map<Integer, List<PageElement>> byParent = new HashMap<>();

    /** An open element: its name, its index among the kept elements (-1 if not kept), its source offset. */
    private record Open(String name, int kept, String position, boolean main) {
    }

    public PageOutline(SourceLocator locator) {
        this.locator = locator;
    }

    @Override
    public void start(HtmlStream.Tag tag) {
        String own = tag.attr(MarkdownRenderer.SOURCE_POSITION);
        Open parent = open.isEmpty() ? null : open.get(open.size() - 1);
        String position = own.isEmpty() && parent != null ? parent.position() : own;
        boolean inMain = parent != null && parent.main();
        int kept = -1;
        if (kept(tag)) {
            boolean keepsText = TEXT_KEPT.contains(tag.name()) || tag.has("id");
            kept = elements.size();
            int parentKept = parent == null ? -1 : parent.kept();
            PageElement element = new PageElement(kept, parentKept, tag.name(), tag.attributes(),
                    locator.locate(position), inMain, keepsText && !tag.isVoid());
            elements.add(element);
            if (parentKept >= 0) {
                byParent.computeIfAbsent(parentKept, k -> new ArrayList<>()).add(element);
            }
            if (element.keepsText()) {
                collecting.add(element);
            }
        }
        if (!tag.isVoid()) {
            open.add(new Open(tag.name(), kept, position, inMain || tag.name().equals("main")));
        }
    }

    private static boolean kept(HtmlStream.Tag tag) {
        return KEPT.contains(tag.name()) || tag.has("id") || (tag.name().equals("a") && tag.has("name"))
                || (LINKING.contains(tag.name()) && (tag.has("href") || tag.has("src")))
                || tag.hasClass(TableMarkup.ROW_HEADERS);
    }

    @Override
    public void end(String name) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i).name().equals(name)) {
                for (int j = open.size() - 1; j >= i; j--) {
                    int kept = open.get(j).kept();
                    if (kept >= 0 && elements.get(kept).keepsText()) {
                        collecting.remove(elements.get(kept));
                    }
                }
                open.subList(i, open.size()).clear();
                return;
            }
        }
    }

    @Override
    public String text(String text) {
        for (PageElement element : collecting) {
            element.appendText(text);
        }
        return text;
    }

    /** The elements kept, in page order. */
    public List<PageElement> elements() {
        return elements;
    }

    public List<PageElement> named(String name) {
        return elements.stream().filter(e -> e.name().equals(name)).toList();
    }

    public Optional<PageElement> first(String name) {
        return elements.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The kept elements whose parent is {@code parent}, named {@code name} (a lookup, not a walk of the page). */
    public List<PageElement> children(PageElement parent, String name) {
        return byParent.getOrDefault(parent.index(), List.of()).stream().filter(e -> e.name().equals(name)).toList();
    }

    /** Elements by id (the first one of each id). */
    public Map<String, PageElement> byId() {
        Map<String, PageElement> ids = new HashMap<>();
        for (PageElement element : elements) {
            if (element.has("id")) {
                ids.putIfAbsent(element.id(), element);
            }
        }
        return ids;
    }

    public SourceLocator locator() {
        return locator;
    }
}
