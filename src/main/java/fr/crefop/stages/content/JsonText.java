package fr.crefop.stages.content;

/**
 * A JSON string literal, for every JSON the build writes (search index, resource list, video metadata, the
 * preview's error events). Characters outside ASCII stay as they are (files are UTF-8); quotes, backslashes and
 * control characters are escaped, and so are {@code < > &} and the line separators U+2028 and U+2029, so that the
 * same text is also safe inside an HTML {@code <script>} element and on one line of an event stream.
 */
public final class JsonText {

    private JsonText() {
    }

    public static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> unicode(c, out);
                default -> {
                    if (c < 0x20) {
                        unicode(c, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void unicode(char c, StringBuilder out) {
        String hex = Integer.toHexString(c);
        out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
    }
}
