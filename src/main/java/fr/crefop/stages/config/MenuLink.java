package fr.crefop.stages.config;

/**
 * A link of the main navigation or of the footer, as written in {@code site.yaml}.
 *
 * @param title  the visible text
 * @param target a content source path ({@code memento/index.md}) or a site address ({@code /memento/})
 * @param line   its line in {@code site.yaml}, for error messages
 */
public record MenuLink(String title, String target, int line) {
}
