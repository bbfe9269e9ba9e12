package fr.crefop.stages.content;

import java.nio.file.Path;

/**
 * A page to publish: its source, its typed header, its Markdown body and its address.
 *
 * @param file        the source file (for generated pages, a path that does not exist on disk)
 * @param path        the source path relative to the site folder, e.g. {@code content/memento/faq.md}
 * @param contentPath the source path relative to {@code content/}, e.g. {@code memento/faq.md}
 * @param frontMatter the header
 * @param body        the Markdown body
 * @param bodyLine    the file line of the body's first line (1-based)
 * @param address     the published address, e.g. {@code /memento/faq/}
 * @param generated   true for a page written by the build's own code (statistics, collective stages, catalogue):
 *                    its raw HTML comes from our code, which escapes every data value, and is not subject to the
 *                    editors' raw-HTML policy; false for a page written by an editor
 */
public record SourcePage(Path file, String path, String contentPath, FrontMatter frontMatter, String body,
                         int bodyLine, String address, boolean generated) {

    /** A page written by an editor. */
    public SourcePage(Path file, String path, String contentPath, FrontMatter frontMatter, String body,
                      int bodyLine, String address) {
        this(file, path, contentPath, frontMatter, body, bodyLine, address, false);
    }

    public String title() {
        return frontMatter.title();
    }

    public boolean isDraft() {
        return frontMatter.draft();
    }

    /** The output file of the page, relative to the output folder: {@code memento/faq/index.html}. */
    public String outputFile() {
        return Addresses.outputFile(address);
    }
}
