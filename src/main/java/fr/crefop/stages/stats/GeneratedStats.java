package fr.crefop.stages.stats;

import com.vladsch.flexmark.util.misc.Extension;
import fr.crefop.stages.content.SourcePage;

import java.util.List;
import java.util.Map;

/**
 * What the statistics generator adds to the build.
 *
 * @param pages      generated pages (one per département, and the overview when the site has none)
 * @param files      open-data files: output path → bytes
 * @param markdown   the Markdown extension that turns {@code {{stat …}}} into figures
 * @param view       the model templates receive as {@code stats}
 * @param figures    number of reported figures loaded
 */
public record GeneratedStats(List<SourcePage> pages, Map<String, byte[]> files, Extension markdown, StatsView view, int figures) {

    public GeneratedStats {
        pages = List.copyOf(pages);
        files = Map.copyOf(files);
    }
}
