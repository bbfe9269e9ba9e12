package fr.crefop.stages.check;

import fr.crefop.stages.html.HtmlStream;

import java.util.Map;

/**
 * An element of a built page that a check looks at, as the page's single read met it: its name, its attributes, its
 * parent among the elements kept (-1 when the parent was not kept), where it was written, whether it is in
 * {@code <main>}, and its text (spaces collapsed) for the elements whose text names something.
 */
public final class PageElement {

    private static final int TEXT_LIMIT = 1000;

    private final int index;
    private final int parent;
    private final String name;
    private final Map<String, String> attributes;
    private final Location location;
    private final boolean inMain;
    private final StringBuilder text;

    PageElement(int index, int parent, String name, Map<String, String> attributes, Location location, boolean inMain,
                boolean keepsText) {
        this.index = index;
        this.parent = parent;
        this.name = name;
        this.attributes = Map.copyOf(attributes);
        this.location = location;
        this.inMain = inMain;
        this.text = keepsText ? new StringBuilder() : null;
    }

    public String name() {
        return name;
    }

    /** Its place among the elements kept. */
    public int index() {
        return index;
    }

    public int parent() {
        return parent;
    }

    public String attr(String key) {
        return attributes.getOrDefault(key, "");
    }

    public boolean has(String key) {
        return attributes.containsKey(key);
    }

    public String id() {
        return attr("id");
    }

    public boolean hasClass(String className) {
        return HtmlStream.hasClass(attr("class"), className);
    }

    public Location location() {
        return location;
    }

    public boolean inMain() {
        return inMain;
    }

    /** Its text, spaces collapsed and trimmed (empty for elements whose text is not kept). */
    public String text() {
        if (text == null) {
            return "";
        }
        return HtmlStream.normalizeSpace(text);
    }

    boolean keepsText() {
        return text != null;
    }

    void appendText(String more) {
        if (text != null && text.length() < TEXT_LIMIT) {
            text.append(more, 0, Math.min(more.length(), TEXT_LIMIT - text.length()));
        }
    }
}
