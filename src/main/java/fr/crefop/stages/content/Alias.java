package fr.crefop.stages.content;

/**
 * An old address of a page, where a redirect page is published.
 *
 * @param address the normalised address, e.g. {@code /ancien/cadre/}
 * @param line    its line in the page's source file
 */
public record Alias(String address, int line) {
}
