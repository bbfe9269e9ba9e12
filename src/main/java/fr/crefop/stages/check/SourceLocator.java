package fr.crefop.stages.check;

import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.markdown.MarkdownRenderer;

import java.util.Optional;

/**
 * Maps an element of a built page back to where it was written: the Markdown file and line when the element
 * came from the page's body (it or an ancestor carries a source offset), the page's layout otherwise.
 */
public final class SourceLocator {

    private final Optional<SourcePage> page;
    private final String templatePath;
    private int[] newlines;

    /**
     * @param page         the page's source, if it has one
     * @param templatePath the layout that produced the page, relative to the site folder
     */
    public SourceLocator(Optional<SourcePage> page, String templatePath) {
        this.page = page;
        this.templatePath = templatePath;
    }

    /**
     * @param position the source offset carried by the element or its nearest ancestor that has one
     *                 ({@value MarkdownRenderer#SOURCE_POSITION}), empty for markup of the layout
     */
    public Location locate(String position) {
        if (page.isPresent() && !position.isEmpty()) {
            return new Location(page.get().path(), lineOf(offset(position)));
        }
        return new Location(templatePath, 0);
    }

    /** The page's source file, or its layout when it has none. */
    public Location page() {
        return page.map(p -> new Location(p.path(), 1)).orElse(new Location(templatePath, 0));
    }

    private static int offset(String position) {
        int dash = position.indexOf('-');
        try {
            return Integer.parseInt(dash < 0 ? position : position.substring(0, dash));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private int lineOf(int offset) {
        if (newlines == null) {
            String body = page.orElseThrow().body();
            newlines = new int[(int) body.chars().filter(c -> c == '\n').count()];
            for (int i = 0, n = 0; i < body.length(); i++) {
                if (body.charAt(i) == '\n') {
                    newlines[n++] = i;
                }
            }
        }
        int search = java.util.Arrays.binarySearch(newlines, offset);
        int linesBefore = search >= 0 ? search : -search - 1;
        return page.orElseThrow().bodyLine() + linesBefore;
    }
}
