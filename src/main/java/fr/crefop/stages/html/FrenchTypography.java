package fr.crefop.stages.html;

import org.jsoup.parser.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * French spacing: a narrow no-break space (U+202F) before {@code ; ! ?}, a no-break space (U+00A0) before
 * {@code :} and inside « ». Only in text: never in attributes, {@code code}, {@code pre}, scripts or SVG, never in
 * a URL ({@code https://…?a=1}) or a time ({@code 10:30}), never twice.
 */
public final class FrenchTypography {

    public static final char NNBSP = '\u202F';
    public static final char NBSP = '\u00A0';
    /** Elements whose text is never spaced. */
    public static final Set<String> SKIPPED = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea", "svg", "math");

    /**
     * Spaces the text of a page as {@link HtmlStream} reads it, with the same rules as {@code extras.pdf.PdfTypography}: a text that
     * follows an element continues its sentence, a block element starts a new one.
     */
    public static HtmlStream.Listener streaming() {
        return new Streaming();
    }

    private static final class Streaming implements HtmlStream.Listener {
        private final List<String> open = new ArrayList<>();
        private final List<Boolean> skipping = new ArrayList<>();
        private final Map<String, Boolean> blocks = new HashMap<>();
        private char previous = ' ';
        private boolean afterElement;

        @Override
        public void start(HtmlStream.Tag tag) {
            boolean skipped = skipping() || SKIPPED.contains(tag.name()) || tag.has("data-typo-off");
            if (!skipped && blocks.computeIfAbsent(tag.name(), n -> Tag.valueOf(n).isBlock())) {
                previous = ' ';
            }
            if (!tag.isVoid()) {
                open.add(tag.name());
                skipping.add(skipped);
            }
            afterElement = false;
        }

        @Override
        public void end(String name) {
            int at = open.lastIndexOf(name);
            if (at >= 0) {
                open.subList(at, open.size()).clear();
                skipping.subList(at, skipping.size()).clear();
            }
            afterElement = true;
        }

        @Override
        public void comment() {
            afterElement = false;
        }

        @Override
        public String text(String text) {
            if (text.isEmpty() || skipping()) {
                afterElement = true;
                return text;
            }
            String spaced = space(text, afterElement ? previous : ' ');
            previous = spaced.charAt(spaced.length() - 1);
            afterElement = true; // a text split by the reader continues the same text
            return spaced.equals(text) ? text : spaced;
        }

        private boolean skipping() {
            return !skipping.isEmpty() && skipping.get(skipping.size() - 1);
        }
    }

    /**
     * Spaces one text, {@code before} being the character that precedes it in the page (or a space).
     * Package-private for tests.
     */
    public static String space(String text, char before) {
        if (!hasSpacedSign(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            char prev = out.length() > 0 ? out.charAt(out.length() - 1) : before;
            switch (c) {
                case ';', '!', '?' -> {
                    if (endsClause(next)) {
                        spaceBefore(out, prev, NNBSP);
                    }
                }
                case ':' -> {
                    if (endsClause(next) && !(Character.isDigit(prev) && Character.isDigit(next))) {
                        spaceBefore(out, prev, NBSP);
                    }
                }
                case '»' -> spaceBefore(out, prev, NBSP);
                default -> {
                    // other characters are copied as they are
                }
            }
            out.append(c);
            if (c == '«') {
                if (next == ' ') {
                    out.append(NBSP);
                    i++;
                } else if (next != NBSP && next != NNBSP && !Character.isWhitespace(next)) {
                    out.append(NBSP);
                }
            }
        }
        return out.toString();
    }

    /** Whether the text holds a sign that French spacing may change (most texts do not: they are left as they are). */
    private static boolean hasSpacedSign(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ';', '!', '?', ':', '«', '»' -> {
                    return true;
                }
                default -> {
                    // keep looking
                }
            }
        }
        return false;
    }

    /** Punctuation that ends a clause is followed by a space, a closing sign or nothing (not by "a=1" in a URL). */
    private static boolean endsClause(char next) {
        return Character.isWhitespace(next) || next == NBSP || next == NNBSP
                || "»)]\"'’.,;:!?…".indexOf(next) >= 0;
    }

    private static void spaceBefore(StringBuilder out, char prev, char space) {
        if (prev == NBSP || prev == NNBSP) {
            if (prev != space && out.length() > 0) {
                out.setCharAt(out.length() - 1, space);
            }
            return;
        }
        if (prev == ' ') {
            if (out.length() > 0) {
                out.setCharAt(out.length() - 1, space);
            }
            return;
        }
        if (prev == '!' || prev == '?' || prev == ';' || prev == ':' || prev == '«' || prev == '(' || prev == '[') {
            return;
        }
        if (!Character.isWhitespace(prev)) {
            out.append(space);
        }
    }
}
