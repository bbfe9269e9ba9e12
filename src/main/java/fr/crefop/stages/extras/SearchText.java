package fr.crefop.stages.extras;

import fr.crefop.stages.html.HtmlStream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes from a final page, while it is read once ({@link HtmlStream}), what the search needs: the title, the
 * section from the breadcrumb, and the text of the main content only (no menu, breadcrumb, table of contents,
 * metadata line, child-page cards, figures drawn in SVG), cut at each level-2 or level-3 heading that has an id.
 * One instance per page.
 */
public final class SearchText implements HtmlStream.Listener {

    /** Elements of {@code <main>} that repeat navigation or page metadata rather than say something. */
    private static final Set<String> LEFT_OUT_ELEMENTS = Set.of("nav", "script", "style", "svg", "template", "form");
    private static final List<String> LEFT_OUT_CLASSES = List.of("toc", "page-head", "page-meta", "draft-banner",
            "children", "sitemap__tree", "sr-only");
    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "dt", "dd", "div", "section", "blockquote",
            "pre", "figcaption", "caption", "br", "tr", "h4", "h5", "h6", "table", "ul", "ol", "dl", "details", "summary");

    /** An open element and what it means for the search. */
    private record Open(String name, boolean main, boolean leftOut, boolean breadcrumb, boolean crumb, boolean heading,
                        boolean title, boolean h1) {
    }

    private final List<Open> open = new ArrayList<>();
    private final List<SearchPage.Part> parts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder headingText = new StringBuilder();
    private final StringBuilder crumbText = new StringBuilder();
    private final StringBuilder titleText = new StringBuilder();
    private final StringBuilder h1Text = new StringBuilder();
    private final List<String> crumbs = new ArrayList<>();
    private boolean sawMain;
    private boolean sawTitle;
    private boolean sawH1;
    private String anchor = "";
    private String heading = "";

    @Override
    public void start(HtmlStream.Tag tag) {
        Open parent = open.isEmpty() ? new Open("", false, false, false, false, false, false, false) : open.get(open.size() - 1);
        String name = tag.name();
        boolean startsMain = name.equals("main") && !sawMain && !parent.main();
        sawMain |= startsMain;
        boolean main = parent.main() || startsMain;
        boolean leftOut = parent.leftOut() || (main && !startsMain && leftOut(tag));
        boolean breadcrumb = parent.breadcrumb() || (name.equals("nav") && tag.hasClass("breadcrumb"));
        boolean crumb = parent.crumb() || (name.equals("a") && breadcrumb && inside("li"));
        boolean inHeading = parent.heading();
        if (main && !leftOut && !inHeading && (name.equals("h2") || name.equals("h3")) && tag.has("id")) {
            flush();
            anchor = tag.attr("id");
            headingText.setLength(0);
            inHeading = true;
        } else if (main && !leftOut && !inHeading && BLOCKS.contains(name)) {
            text.append(' ');
        }
        boolean title = parent.title() || (name.equals("title") && !sawTitle);
        sawTitle |= name.equals("title");
        boolean h1 = parent.h1() || (main && name.equals("h1") && !sawH1);
        sawH1 |= main && name.equals("h1");
        Open element = new Open(name, main, leftOut, breadcrumb, crumb, inHeading, title, h1);
        if (tag.isVoid()) {
            closed(element, parent);
        } else {
            open.add(element);
        }
    }

    @Override
    public void end(String name) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i).name().equals(name)) {
                for (int j = open.size() - 1; j >= i; j--) {
                    Open element = open.remove(j);
                    closed(element, open.isEmpty() ? null : open.get(open.size() - 1));
                }
                return;
            }
        }
    }

    private void closed(Open element, Open parent) {
        boolean parentHeading = parent != null && parent.heading();
        if (element.heading() && !parentHeading) {
            heading = HtmlStream.normalizeSpace(headingText);
        } else if (element.main() && !element.leftOut() && !element.heading() && BLOCKS.contains(element.name())) {
            text.append(' ');
        }
        if (element.crumb() && (parent == null || !parent.crumb())) {
            crumbs.add(HtmlStream.normalizeSpace(crumbText));
            crumbText.setLength(0);
        }
    }

    @Override
    public String text(String value) {
        Open current = open.isEmpty() ? null : open.get(open.size() - 1);
        if (current == null) {
            return value;
        }
        if (current.title()) {
            titleText.append(value);
        }
        if (current.h1()) {
            h1Text.append(value);
        }
        if (current.crumb()) {
            crumbText.append(value);
        }
        if (current.main() && !current.leftOut()) {
            (current.heading() ? headingText : text).append(value);
        }
        return value;
    }

    /** The page's searchable text, or empty when the page has no {@code <main>}. */
    public Optional<SearchPage> page(String url, List<String> tags) {
        if (!sawMain) {
            return Optional.empty();
        }
        flush();
        String title = sawH1 ? HtmlStream.normalizeSpace(h1Text) : HtmlStream.normalizeSpace(titleText);
        String section = crumbs.size() > 1 ? crumbs.get(1) : "";
        return Optional.of(new SearchPage(url, title, section, tags, parts));
    }

    private boolean inside(String name) {
        for (Open element : open) {
            if (element.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean leftOut(HtmlStream.Tag tag) {
        if (LEFT_OUT_ELEMENTS.contains(tag.name()) || tag.has("hidden")) {
            return true;
        }
        for (String className : LEFT_OUT_CLASSES) {
            if (tag.hasClass(className)) {
                return true;
            }
        }
        return false;
    }

    private void flush() {
        String collapsed = collapse(text);
        if (!collapsed.isEmpty() || !heading.isEmpty() || parts.isEmpty()) {
            parts.add(new SearchPage.Part(anchor, heading, collapsed));
        }
        text.setLength(0);
    }

    /** Spaces of any kind collapsed into one, ends trimmed. */
    private static String collapse(CharSequence value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u000b') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
