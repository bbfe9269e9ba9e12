package fr.crefop.stages.catalogue;

import fr.crefop.stages.content.SourcePage;

import java.util.List;
import java.util.Map;

/**
 * What the catalogue adds to the build.
 *
 * @param pages     one page per audience and per level, under {@code /ressources/}
 * @param files     the Atom feeds and {@code ressources.json}: output path → bytes
 * @param catalogue the resources found
 */
public record GeneratedCatalogue(List<SourcePage> pages, Map<String, byte[]> files, Catalogue catalogue) {

    public GeneratedCatalogue {
        pages = List.copyOf(pages);
        files = Map.copyOf(files);
    }

    public static GeneratedCatalogue none() {
        return new GeneratedCatalogue(List.of(), Map.of(), new Catalogue(List.of()));
    }
}
