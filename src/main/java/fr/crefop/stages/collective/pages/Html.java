package fr.crefop.stages.collective.pages;

/** Escaping for the HTML blocks the generated pages put in their Markdown bodies. */
final class Html {

    private Html() {
    }

    /** Text content: escaped, with the typographic apostrophe the Markdown text gets too. */
    static String escape(String text) {
        return attribute(text).replace('\'', '’');
    }

    /** An attribute value (an address): escaped only. */
    static String attribute(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text safe inside Markdown: flexmark would read {@code * _ [ ] < > ` #} and a leading number as syntax; a
     * backslash keeps them literal.
     */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replace('\n', ' ').toCharArray()) {
            if ("\\`*_[]<>#!|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Capitalises the first letter: « lundi 15 juin » → « Lundi 15 juin ». */
    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
