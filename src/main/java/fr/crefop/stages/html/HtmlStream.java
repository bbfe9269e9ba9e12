package fr.crefop.stages.html;

import org.jsoup.parser.Parser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One forward pass over a page the build has just produced (the layout's markup around the Markdown body): tags and
 * text are reported to a {@link Listener} in page order and copied to the output as they are, except the text the
 * listener rewrites and the attributes it asks to drop. No tree is built and nothing is re-serialised: the page is
 * written as the templates and the Markdown renderer made it.
 *
 * <p>It reads HTML as the site's producers write it (Freemarker layouts, flexmark, the generators): start and end
 * tags, quoted or bare attribute values, comments, a doctype, raw text in {@code script} and {@code style}. Text
 * given to the listener is decoded ({@code &amp;nbsp;} is U+00A0); a rewritten text is encoded again.
 */
public final class HtmlStream {

    /** Elements without content or end tag. */
    public static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr");
    private static final Set<String> RAW_TEXT = Set.of("script", "style");
    private static final Set<String> ESCAPABLE_RAW_TEXT = Set.of("title", "textarea");

    /** What the pass reports. */
    public interface Listener {
        /** A start tag ({@code tag.isVoid()} or self-closing: no end follows). */
        void start(Tag tag);

        /** An end tag, or the implicit end of a void or self-closing element. */
        void end(String name);

        /**
         * A run of text between two tags, decoded.
         *
         * @return the text to write instead, or the same instance to keep the original bytes
         */
        String text(String text);

        /** A comment (a sibling that is not an element). */
        default void comment() {
        }
    }

    /**
     * Listeners that hear the page in turn: each one gets the text as the ones before it left it (so that checks see
     * the page's final text).
     */
    public static Listener chain(List<Listener> listeners) {
        List<Listener> all = List.copyOf(listeners);
        return new Listener() {
            @Override
            public void start(Tag tag) {
                all.forEach(l -> l.start(tag));
            }

            @Override
            public void end(String name) {
                all.forEach(l -> l.end(name));
            }

            @Override
            public String text(String text) {
                String result = text;
                for (Listener listener : all) {
                    String next = listener.text(result);
                    result = next.equals(result) ? result : next;
                }
                return result;
            }

            @Override
            public void comment() {
                all.forEach(Listener::comment);
            }
        };
    }

    /** A start tag: its lower-case name, its attributes (decoded, dropped ones included) and whether it closes itself. */
    public record Tag(String name, Map<String, String> attributes, boolean selfClosing) {

        public boolean isVoid() {
            return selfClosing || VOID.contains(name);
        }

        public String attr(String key) {
            return attributes.getOrDefault(key, "");
        }

        public boolean has(String key) {
            return attributes.containsKey(key);
        }

        public boolean hasClass(String name) {
            return HtmlStream.hasClass(attr("class"), name);
        }
    }

    /** Whether a {@code class} attribute's value holds {@code name} as one of its words. */
    public static boolean hasClass(String classes, String name) {
        if (name.isEmpty()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = classes.indexOf(name, from);
            if (at < 0) {
                return false;
            }
            int end = at + name.length();
            if ((at == 0 || Character.isWhitespace(classes.charAt(at - 1)))
                    && (end == classes.length() || Character.isWhitespace(classes.charAt(end)))) {
                return true;
            }
            from = end;
        }
    }

    /**
     * Text as a reader sees it (like Jsoup's {@code Element.text()}): runs of spaces, line breaks and no-break
     * spaces become one space, invisible characters go, and the ends are trimmed. The narrow no-break space stays.
     */
    public static String normalizeSpace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0') {
                space = out.length() > 0;
            } else if (c != '\u200b' && c != '\u00ad') {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private final Set<String> dropped;

    /** @param droppedAttributes attributes removed from every tag on the way (e.g. source offsets) */
    public HtmlStream(Set<String> droppedAttributes) {
        this.dropped = Set.copyOf(droppedAttributes);
    }

    /** Reads {@code html} once, reporting to {@code listener}; returns the page to write. */
    public String pass(String html, Listener listener) {
        return new Reading(html, listener).run();
    }

    /**
     * One page being read. The output is only assembled where the page changes (a text spaced, an attribute
     * dropped): the unchanged stretches in between are copied in one block each.
     */
    private final class Reading {
        private final String html;
        private final char[] c;
        private final int length;
        private final Listener listener;
        private StringBuilder out;
        private int copied;

        Reading(String html, Listener listener) {
            this.html = html;
            this.c = html.toCharArray();
            this.length = c.length;
            this.listener = listener;
        }

        String run() {
            int i = 0;
            while (i < length) {
                int lt = html.indexOf('<', i);
                if (lt < 0) {
                    text(i, length);
                    break;
                }
                if (lt > i) {
                    text(i, lt);
                }
                i = markup(lt);
            }
            if (out == null) {
                return html;
            }
            keep(length);
            return out.toString();
        }

        /** Marks the input up to {@code to} as written unchanged. */
        private void keep(int to) {
            if (out != null && to > copied) {
                out.append(c, copied, to - copied);
            }
            copied = Math.max(copied, to);
        }

        /** Replaces the input from {@code copied} up to... nothing: starts a change at {@code from}. */
        private StringBuilder change(int from) {
            if (out == null) {
                out = new StringBuilder(length + 256);
            }
            keep(from);
            return out;
        }

        /** Handles what starts at {@code lt} ('&lt;'); returns where reading goes on. */
        private int markup(int lt) {
            char next = lt + 1 < length ? c[lt + 1] : ' ';
            if (next == '!' && html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                listener.comment();
                return end < 0 ? length : end + 3;
            }
            if (next == '!' || next == '?') {
                int end = html.indexOf('>', lt);
                return end < 0 ? length : end + 1;
            }
            if (next == '/') {
                int nameEnd = nameEnd(lt + 2);
                int end = html.indexOf('>', nameEnd);
                if (nameEnd > lt + 2) {
                    listener.end(lowerName(lt + 2, nameEnd));
                }
                return end < 0 ? length : end + 1;
            }
            if (!Character.isLetter(next)) {
                text(lt, lt + 1);
                return lt + 1;
            }
            return startTag(lt);
        }

        private int startTag(int lt) {
            int nameEnd = nameEnd(lt + 1);
            String name = lowerName(lt + 1, nameEnd);
            Map<String, String> attributes = Map.of();
            int i = nameEnd;
            boolean selfClosing = false;
            while (i < length) {
                int attrStart = i;
                while (i < length && isSpace(c[i])) {
                    i++;
                }
                if (i >= length) {
                    break;
                }
                char ch = c[i];
                if (ch == '>') {
                    i++;
                    break;
                }
                if (ch == '/') {
                    selfClosing = i + 1 < length && c[i + 1] == '>';
                    i++;
                    continue;
                }
                int keyStart = i;
                while (i < length && !isSpace(c[i]) && c[i] != '=' && c[i] != '>' && c[i] != '/') {
                    i++;
                }
                if (i == keyStart) {
                    i++;
                    continue;
                }
                String key = lowerName(keyStart, i);
                String value = "";
                int j = i;
                while (j < length && isSpace(c[j])) {
                    j++;
                }
                if (j < length && c[j] == '=') {
                    j++;
                    while (j < length && isSpace(c[j])) {
                        j++;
                    }
                    int valueStart;
                    int valueEnd;
                    if (j < length && (c[j] == '"' || c[j] == '\'')) {
                        valueStart = j + 1;
                        valueEnd = html.indexOf(c[j], valueStart);
                        valueEnd = valueEnd < 0 ? length : valueEnd;
                        i = Math.min(length, valueEnd + 1);
                    } else {
                        valueStart = j;
                        valueEnd = j;
                        while (valueEnd < length && !isSpace(c[valueEnd]) && c[valueEnd] != '>') {
                            valueEnd++;
                        }
                        i = valueEnd;
                    }
                    value = decode(html.substring(valueStart, valueEnd), true);
                }
                if (dropped.contains(key)) {
                    change(attrStart);
                    copied = i;
                }
                if (attributes.isEmpty()) {
                    attributes = new LinkedHashMap<>(8);
                }
                attributes.putIfAbsent(key, value);
            }
            Tag tag = new Tag(name, attributes, selfClosing);
            listener.start(tag);
            if (tag.isVoid()) {
                listener.end(name);
                return i;
            }
            if (RAW_TEXT.contains(name) || ESCAPABLE_RAW_TEXT.contains(name)) {
                int close = indexOfIgnoreCase("</" + name, i);
                int stop = close < 0 ? length : close;
                if (ESCAPABLE_RAW_TEXT.contains(name) && stop > i) {
                    text(i, stop);
                }
                return stop;
            }
            return i;
        }

        private void text(int from, int to) {
            String raw = html.substring(from, to);
            String decoded = raw.indexOf('&') < 0 ? raw : decode(raw, false);
            String result = listener.text(decoded);
            if (result != decoded) {
                encode(result, change(from));
                copied = to;
            }
        }

        private int nameEnd(int from) {
            int i = from;
            while (i < length && !isSpace(c[i]) && c[i] != '>' && c[i] != '/') {
                i++;
            }
            return i;
        }

        /** The name at [from, to), lower case (names are ASCII: no copy is made when it already is). */
        private String lowerName(int from, int to) {
            for (int i = from; i < to; i++) {
                if (c[i] >= 'A' && c[i] <= 'Z') {
                    return html.substring(from, to).toLowerCase(Locale.ROOT);
                }
            }
            return html.substring(from, to);
        }

        private int indexOfIgnoreCase(String needle, int from) {
            for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
                if (html.regionMatches(true, i, needle, 0, needle.length())) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f';
    }

    private static String decode(String text, boolean inAttribute) {
        return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, inAttribute);
    }

    /** Writes text as HTML text: the markup characters and the no-break space as entities, the rest as it is. */
    static void encode(String text, StringBuilder out) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\u00a0' -> out.append("&nbsp;");
                default -> out.append(c);
            }
        }
    }
}
