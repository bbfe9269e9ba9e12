package fr.crefop.stages.html;

/**
 * What every table of the site is wrapped in, whoever writes it (the Markdown renderer or a page generator): a
 * region that scrolls by itself on a narrow screen, so that the page does not; named and keyboard-focusable
 * ({@code <div class="table-scroll" role="region" tabindex="0" aria-label="Tableau : …">}).
 */
public final class TableMarkup {

    /** The class an editor puts on a table ({@code {.entetes-lignes}}) whose first column names the rows. */
    public static final String ROW_HEADERS = "entetes-lignes";

    /** Closes {@link #open(String, int)}. */
    public static final String CLOSE = "</div>";

    private TableMarkup() {
    }

    /**
     * Opens the region of a table.
     *
     * @param name  the table's accessible name (its caption's text, or the heading that names it), or empty
     * @param index the table's rank in the page, from 1, to tell apart tables without a name
     */
    public static String open(String name, int index) {
        String normalised = normalise(name);
        String label = normalised.isEmpty() ? "Tableau " + index : "Tableau : " + normalised;
        return "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + escape(label) + "\">";
    }

    /** Opens the region of a table written by a generator, named by its caption (the plain text, not escaped). */
    public static String open(String caption) {
        return open(caption, 0);
    }

    /** Text as a browser exposes it (see {@link HtmlStream#normalizeSpace}). */
    public static String normalise(String text) {
        return HtmlStream.normalizeSpace(text);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
