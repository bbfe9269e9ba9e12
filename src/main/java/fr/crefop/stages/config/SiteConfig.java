package fr.crefop.stages.config;

import java.util.List;

/**
 * The site's settings, read once from {@code site.yaml} at the root of the site folder.
 *
 * @param title               the site name shown in the header and in each page title
 * @param tagline             one sentence under the site name
 * @param publisher           the body that publishes the site
 * @param url                 the public address of the site, without trailing slash; empty until known
 * @param basePath            the path the site is served under, starting and ending with '/'
 * @param accessibilityStatus « non conforme », « partiellement conforme » or « totalement conforme »
 * @param navigation          the main navigation
 * @param footer              the footer links
 * @param declaration         the contact and the accessibility declaration's settings
 */
public record SiteConfig(String title, String tagline, String publisher, String url, String basePath,
                         String accessibilityStatus, List<MenuLink> navigation, List<MenuLink> footer,
                         Declaration declaration) {

    public static final String FILE_NAME = "site.yaml";

    public SiteConfig {
        navigation = List.copyOf(navigation);
        footer = List.copyOf(footer);
    }

    /** Settings used when a site folder has no {@code site.yaml}. */
    public static SiteConfig defaults() {
        return new SiteConfig("Mémento Stages Normandie", "", "CREFOP Normandie", "", "/",
                "non conforme", List.of(), List.of(), Declaration.none());
    }
}
