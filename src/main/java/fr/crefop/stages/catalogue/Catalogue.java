package fr.crefop.stages.catalogue;

import fr.crefop.stages.content.Audience;
import fr.crefop.stages.content.Level;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every resource of the site, the site's own pages first (in address order), then the external links (in the
 * order of the data file).
 */
public record Catalogue(List<Resource> resources) {

    /** Newest first, then by address: the order of the feeds. */
    static final Comparator<Resource> NEWEST_FIRST = Comparator
            .comparing((Resource r) -> r.updated().orElse(LocalDate.MIN), Comparator.reverseOrder())
            .thenComparing(Resource::address);

    public Catalogue {
        resources = List.copyOf(resources);
    }

    public List<Resource> forAudience(Audience audience) {
        return resources.stream().filter(r -> r.audiences().contains(audience)).toList();
    }

    public List<Resource> forLevel(Level level) {
        return resources.stream().filter(r -> r.levels().contains(level)).toList();
    }

    /** The newest date of a list of resources. */
    static Optional<LocalDate> newest(List<Resource> resources) {
        return resources.stream().map(Resource::updated).flatMap(Optional::stream).max(LocalDate::compareTo);
    }
}
