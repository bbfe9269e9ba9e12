package fr.crefop.stages.pipeline;

import fr.crefop.stages.check.PageFacts;
import fr.crefop.stages.content.FrontMatter;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.extras.SearchIndex;
import fr.crefop.stages.extras.SearchPage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a successful build leaves for the next one in the same process (the preview): every page's face (all but its
 * text), the link facts of every page, the search entries (and their part of the index) and the list of files
 * before the extras.
 *
 * @param output where that build was published
 */
record BuildMemory(Path output, List<Face> faces, List<PageFacts> facts, Map<String, SearchPage> search,
                   Set<String> files, SearchIndex.Memo searchMemo) {

    BuildMemory {
        faces = List.copyOf(faces);
        facts = List.copyOf(facts);
        search = Map.copyOf(search);
        files = Set.copyOf(files);
    }

    /**
     * What other pages may show of a page: everything but its Markdown text (title, address, order, layout, tags,
     * old addresses… are in the header). Two builds whose faces are equal differ only in the text of some pages.
     */
    record Face(String path, String contentPath, String address, FrontMatter frontMatter, int bodyLine) {
    }

    static List<Face> faces(SiteIndex index) {
        return index.pages().stream().map(BuildMemory::face).toList();
    }

    private static Face face(SourcePage page) {
        return new Face(page.path(), page.contentPath(), page.address(), page.frontMatter(), page.bodyLine());
    }
}
