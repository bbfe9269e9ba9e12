package fr.crefop.stages.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small text scans used on every page, word or link, written as loops rather than regular expressions (which a
 * profile of large builds found among the costs). Each one says which expression it stands for.
 */
public final class TextScan {

    private TextScan() {
    }

    /** A space as {@code \s} means it: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** {@code text.replaceAll("\\s+", " ")}. */
    public static String collapseSpaces(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                int end = i + 1;
                while (end < length && isSpace(text.charAt(end))) {
                    end++;
                }
                if (out == null && (c != ' ' || end > i + 1)) {
                    out = new StringBuilder(length).append(text, 0, i);
                }
                if (out != null) {
                    out.append(' ');
                }
                i = end - 1;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The scheme of an address ({@code ^[a-zA-Z][a-zA-Z0-9+.-]*:}), without its colon; empty when it has none. */
    public static Optional<String> scheme(String address) {
        if (address.isEmpty() || !isAsciiLetter(address.charAt(0))) {
            return Optional.empty();
        }
        for (int i = 1; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == ':') {
                return Optional.of(address.substring(0, i));
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The lines of a text, as {@code text.split("\r?\n", -1)} gives them. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
            lines.add(text.substring(start, end));
            start = i + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** The text without its accents: decomposed (NFD), then its combining marks ({@code \p{M}}) removed. */
    public static String withoutMarks(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
