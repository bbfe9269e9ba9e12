package fr.crefop.stages.check;

/**
 * A built page under check.
 *
 * @param outline    what the checks need of the page, gathered while it was read
 * @param outputPath its file, relative to the output folder
 * @param url        its published address
 */
public record CheckedPage(PageOutline outline, String outputPath, String url) {

    public SourceLocator locator() {
        return outline.locator();
    }

    /** Prefixes a message with the page's address when the problem is in a layout shared by many pages. */
    public String about(Location location, String message) {
        return location.line() > 0 ? message : message + " (page " + url + ")";
    }
}
