package fr.crefop.stages.config;

import fr.crefop.stages.diag.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The site's public address, set in one place: {@code url} in {@code site.yaml}. Used by everything that must give an
 * absolute address (sitemap, robots.txt, feeds, QR codes, video metadata). While {@code url} is empty
 * (« à confirmer »), nothing guesses one: callers get the root-relative form or nothing, and the build warns once.
 *
 * @param url      the public address without its final '/', e.g. {@code https://stages.exemple.fr}; it may end with
 *                 the site's path ({@code https://exemple.fr/stages}), which is then not added again; empty if unknown
 * @param basePath the path under which the site is served, e.g. {@code /}
 */
public record PublicAddress(String url, String basePath) {

    public static PublicAddress of(SiteConfig config) {
        String url = config.url().strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return new PublicAddress(url, config.basePath());
    }

    public boolean known() {
        return !url.isEmpty();
    }

    /** @param address a site address starting with '/', without the base path, e.g. {@code /memento/faq/} */
    public Optional<String> absolute(String address) {
        if (!known()) {
            return Optional.empty();
        }
        String path = URI.create(url).getPath();
        boolean urlHasPath = path != null && !path.isEmpty() && !path.equals("/");
        return Optional.of(urlHasPath ? url + address : url + basePath + address.substring(1));
    }

    /** The absolute address when {@code url} is known, else the root-relative one (base path included). */
    public String orRelative(String address) {
        return absolute(address).orElse(basePath + address.substring(1));
    }

    /**
     * The warning while the address is unknown, pointing at the {@code url:} line of {@code site.yaml}; none when
     * the address is set, or when the site has no {@code site.yaml} at all (a test or a new site).
     */
    public static List<Finding> warnings(SiteConfig config, Path siteFolder) {
        Path file = siteFolder.resolve(SiteConfig.FILE_NAME);
        if (!config.url().isEmpty() || !Files.isRegularFile(file)) {
            return List.of();
        }
        return List.of(Finding.warning(SiteConfig.FILE_NAME, urlLine(file), "url",
                "l'adresse publique du site (« url ») n'est pas encore renseignée : le plan du site pour les moteurs"
                        + " (sitemap.xml), robots.txt, les adresses canoniques et les aperçus de partage utilisent des"
                        + " adresses relatives, que les moteurs et les réseaux sociaux n'exploitent pas ; les affiches"
                        + " disent « adresse à confirmer » au lieu de porter un code QR",
                "dès que l'adresse est confirmée, indiquez-la dans site.yaml, par exemple « url: https://stages.exemple.fr »"));
    }

    private static int urlLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("^url\\s*:.*")) {
                    return i + 1;
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
