package fr.crefop.stages.collective.pages;

import fr.crefop.stages.content.SourcePage;

import java.util.List;
import java.util.Map;

/**
 * What the collective-stage generator adds to the build.
 *
 * @param pages generated pages: plans, the blank trame, the inventory and its listings
 * @param files other files: output path → bytes (the downloadable trame)
 * @param plans number of plans checked
 * @param initiatives number of initiatives
 */
public record GeneratedCollective(List<SourcePage> pages, Map<String, byte[]> files, int plans, int initiatives) {

    public GeneratedCollective {
        pages = List.copyOf(pages);
        files = Map.copyOf(files);
    }
}
