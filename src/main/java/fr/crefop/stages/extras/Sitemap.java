package fr.crefop.stages.extras;

import fr.crefop.stages.config.PublicAddress;
import fr.crefop.stages.content.SourcePage;

import java.util.List;

/**
 * {@code sitemap.xml} (sitemaps.org protocol 0.9): every published page, in address order, with the date of its
 * content as {@code lastmod} when it has one. Drafts, pages left at old addresses and the generated 404 and
 * search pages are not listed.
 */
public final class Sitemap {

    public static final String FILE = "sitemap.xml";

    private Sitemap() {
    }

    /**
     * @param pages    the site's pages (from the index: old addresses are not among them)
     * @param address  the public address
     */
    public static String xml(List<SourcePage> pages, PublicAddress address) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (SourcePage page : pages) {
            if (page.isDraft() || ExtraPages.isExtra(page)) {
                continue;
            }
            xml.append("  <url><loc>").append(escape(address.orRelative(page.address()))).append("</loc>");
            page.frontMatter().date().ifPresent(date -> xml.append("<lastmod>").append(date).append("</lastmod>"));
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace("\"", "&quot;");
    }
}
