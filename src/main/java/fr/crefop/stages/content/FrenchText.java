package fr.crefop.stages.content;

import java.util.regex.Pattern;

/**
 * Typesets short texts written in headers ({@code title:}, {@code description:}) as the Markdown body is:
 * typographic apostrophe, « guillemets » and ellipsis.
 */
public final class FrenchText {

    private static final Pattern DOUBLE_QUOTES = Pattern.compile("\"([^\"]+)\"");

    private FrenchText() {
    }

    public static String typeset(String text) {
        return DOUBLE_QUOTES.matcher(text.replace('\'', '’').replace("...", "…"))
                .replaceAll("«\u00a0$1\u00a0»");
    }
}
