package fr.crefop.stages.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;

import java.nio.file.Path;

/** What our flexmark extensions need to know about the page being rendered; stored in the flexmark document. */
record PageContext(SourcePage page, SiteIndex index, Path contentRoot, String basePath, Findings findings) {

    static final NullableDataKey<PageContext> KEY = new NullableDataKey<>("MEMENTO_PAGE_CONTEXT");

    static PageContext of(DataHolder document) {
        PageContext context = KEY.get(document);
        if (context == null) {
            throw new IllegalStateException("Markdown rendered without a page context");
        }
        return context;
    }

    /** The line, in the source file, where a node starts. */
    int line(Node node) {
        return page.bodyLine() + node.getStartLineNumber();
    }

    /** The line, in the source file, of an offset in the page body (the node gives the parsed document). */
    int lineAt(Node node, int offset) {
        return page.bodyLine() + node.getDocument().getLineNumber(offset);
    }

    void errorAt(int line, String rule, String message, String hint) {
        findings.add(Finding.error(page.path(), line, rule, message, hint));
    }

    void error(Node node, String rule, String message, String hint) {
        findings.add(Finding.error(page.path(), line(node), rule, message, hint));
    }

    /** The published address of a site address: the base path followed by the address without its first '/'. */
    String published(String address) {
        return basePath + address.substring(1);
    }
}
