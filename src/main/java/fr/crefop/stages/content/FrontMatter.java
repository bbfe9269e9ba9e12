package fr.crefop.stages.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The typed header of a page.
 *
 * @param title       the page title (its h1)
 * @param description the meta description, required for published pages
 * @param layout      the Freemarker layout, a file {@code templates/<layout>.ftl}
 * @param date        the date of the content, if given
 * @param draft       {@code status: draft}: never published unless the build asks for drafts
 * @param tags        free keywords
 * @param audiences   who the page is for
 * @param levels      which internships it is about
 * @param aliases     old addresses that redirect to this page
 * @param order       position among its siblings (smaller first)
 * @param toc         force the table of contents on or off; empty means automatic
 * @param review      {@code a_revoir} (and {@code a_revoir_motif}): until when the page is valid; empty if not given
 */
public record FrontMatter(String title, String description, String layout, Optional<LocalDate> date, boolean draft,
                          List<String> tags, List<Audience> audiences, List<Level> levels, List<Alias> aliases,
                          int order, Optional<Boolean> toc, Optional<Review> review) {

    public static final String DEFAULT_LAYOUT = "page";
    public static final int DEFAULT_ORDER = 1000;

    public FrontMatter {
        tags = List.copyOf(tags);
        audiences = List.copyOf(audiences);
        levels = List.copyOf(levels);
        aliases = List.copyOf(aliases);
    }

    /** A header without review date (generated pages). */
    public FrontMatter(String title, String description, String layout, Optional<LocalDate> date, boolean draft,
                       List<String> tags, List<Audience> audiences, List<Level> levels, List<Alias> aliases,
                       int order, Optional<Boolean> toc) {
        this(title, description, layout, date, draft, tags, audiences, levels, aliases, order, toc, Optional.empty());
    }
}
