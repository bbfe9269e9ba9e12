package fr.crefop.stages.catalogue;

import fr.crefop.stages.config.SiteConfig;

import java.net.URI;

/**
 * Turns a site address ({@code /memento/faq/}) into the address other sites and feed readers use: absolute when
 * {@code site.yaml} gives the public {@code url}, root-relative (base path included) while it is « à confirmer ».
 * A root-relative address in a feed is resolved by readers against the feed's own address.
 */
record PublicAddress(String url, String basePath) {

    static PublicAddress of(SiteConfig config) {
        String url = config.url().strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return new PublicAddress(url, config.basePath());
    }

    boolean absolute() {
        return !url.isEmpty();
    }

    /** @param address a site address starting with '/', without base path */
    String of(String address) {
        if (url.isEmpty()) {
            return basePath + address.substring(1);
        }
        String path = URI.create(url).getPath();
        boolean urlHasPath = path != null && !path.isEmpty() && !path.equals("/");
        return urlHasPath ? url + address : url + basePath + address.substring(1);
    }
}
