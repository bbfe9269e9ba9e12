package fr.crefop.stages.kit;

import fr.crefop.stages.config.SiteConfig;

import java.util.Optional;

/**
 * The public address of a page: {@code site.yaml}'s {@code url} (the one place where it is set), the base path and
 * the page's address. Empty while {@code url} is empty (« à confirmer »): nothing then encodes a guessed address.
 */
public record SiteAddress(String url, String basePath) {

    public static SiteAddress of(SiteConfig config) {
        String url = config.url().strip();
        return new SiteAddress(url.endsWith("/") ? url.substring(0, url.length() - 1) : url, config.basePath());
    }

    public boolean known() {
        return !url.isEmpty();
    }

    /** @param address a site address starting with '/', e.g. {@code /memento/faq/} */
    public Optional<String> absolute(String address) {
        return known() ? Optional.of(url + basePath + address.substring(1)) : Optional.empty();
    }
}
