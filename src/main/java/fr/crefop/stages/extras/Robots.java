package fr.crefop.stages.extras;

import fr.crefop.stages.config.PublicAddress;

/**
 * {@code robots.txt}: every page may be crawled (drafts are never published; the pages left at old addresses and the
 * 404 page carry {@code noindex}), and the sitemap's address.
 */
public final class Robots {

    public static final String FILE = "robots.txt";

    private Robots() {
    }

    public static String text(PublicAddress address) {
        String unknown = address.known() ? ""
                : "# Adresse publique du site à confirmer (site.yaml, clé « url ») : l'adresse du plan est relative.\n";
        return "# Mémento Stages Normandie : tout le site peut être exploré.\n" + unknown
                + "User-agent: *\n"
                + "Allow: /\n"
                + "\n"
                + "Sitemap: " + address.orRelative("/" + Sitemap.FILE) + "\n";
    }
}
