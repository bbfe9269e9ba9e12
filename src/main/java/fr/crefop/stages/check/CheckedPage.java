package fr.crefop.stages.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A built page under check.
 *
 * @param document   the parsed page
 * @param outputPath its file, relative to the output folder
 * @param url        its published address
 * @param locator    maps its elements back to their source
 */
public record CheckedPage(Document document, String outputPath, String url, SourceLocator locator, PageScan scan) {

    public CheckedPage(Document document, String outputPath, String url, SourceLocator locator) {
        this(document, outputPath, url, locator, new PageScan(document));
    }

    /** The location of an element, for a finding. */
    public Location locate(Element element) {
        return locator.locate(element);
    }

    /** Prefixes a message with the page's address when the problem is in a layout shared by many pages. */
    public String about(Location location, String message) {
        return location.line() > 0 ? message : message + " (page " + url + ")";
    }
}
