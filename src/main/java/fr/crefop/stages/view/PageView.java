package fr.crefop.stages.view;

import fr.crefop.stages.markdown.TocEntry;

import java.util.List;

/**
 * What a template knows about the page it renders ({@code page} in templates). No value is ever null:
 * absent values are empty strings or empty lists.
 *
 * @param title       the page title, its h1
 * @param description meta description
 * @param url         published address, with base path
 * @param sourcePath  source file relative to the site folder (e.g. to show « modifier cette page »)
 * @param layout      the layout used
 * @param body        the body's HTML, to print with {@code ?no_esc}
 * @param toc         headings of levels 2 and 3
 * @param showToc     whether the layout should show the table of contents
 * @param dateIso     {@code 2025-10-06} or empty
 * @param dateText    « 6 octobre 2025 » or empty
 * @param audiences   audience labels
 * @param levels      level labels
 * @param tags        tags
 * @param breadcrumb  ancestors, root first, the page excluded
 * @param children    pages directly under this one
 * @param draft       shown only in draft builds
 * @param home        the site's home page
 * @param redirectTo  for the page of an old address: the new address; empty otherwise
 */
public record PageView(String title, String description, String url, String sourcePath, String layout, String body,
                       List<TocEntry> toc, boolean showToc, String dateIso, String dateText,
                       List<String> audiences, List<String> levels, List<String> tags,
                       List<Link> breadcrumb, List<Link> children, boolean draft, boolean home, String redirectTo) {

    public PageView {
        toc = List.copyOf(toc);
        audiences = List.copyOf(audiences);
        levels = List.copyOf(levels);
        tags = List.copyOf(tags);
        breadcrumb = List.copyOf(breadcrumb);
        children = List.copyOf(children);
    }
}
