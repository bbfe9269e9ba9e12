package fr.crefop.stages.catalogue;

import fr.crefop.stages.content.Audience;
import fr.crefop.stages.content.Level;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the resource catalogue: a page of the site whose header has {@code audience}, or an external link
 * declared in {@code data/ressources/liens.yaml}.
 *
 * @param title       the title
 * @param summary     one sentence (the page's description)
 * @param address     for a page, its root-relative address without base path ({@code /memento/faq/}); for a link, its URL
 * @param contentPath for a page, its source path relative to content/ (to link to it from Markdown); empty for a link
 * @param publisher   who publishes an external link; empty for the site's own pages
 * @param audiences   who it is for
 * @param levels      which internships it is about
 * @param updated     the « Mis à jour » date of the page, or the date of the link's declaration
 */
public record Resource(String title, String summary, String address, String contentPath, String publisher,
                       List<Audience> audiences, List<Level> levels, Optional<LocalDate> updated) {

    public Resource {
        audiences = List.copyOf(audiences);
        levels = List.copyOf(levels);
    }

    public boolean external() {
        return contentPath.isEmpty();
    }
}
