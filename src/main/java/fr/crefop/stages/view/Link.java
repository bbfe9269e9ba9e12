package fr.crefop.stages.view;

/**
 * A link in a template: navigation item, breadcrumb step, child page.
 *
 * @param title       visible text
 * @param url         published address (with the site's base path)
 * @param description the target page's description, or empty
 * @param current     true when it is the page being shown or one of its ancestors
 */
public record Link(String title, String url, String description, boolean current) {
}
