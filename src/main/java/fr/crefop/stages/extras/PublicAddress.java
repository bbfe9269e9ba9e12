package fr.crefop.stages.extras;

import fr.crefop.stages.config.SiteConfig;
import fr.crefop.stages.diag.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The site's public address ({@code url} in {@code site.yaml}): absolute addresses when it is known; while it is
 * empty (« à confirmer »), the relative form, and one warning for the whole build.
 */
public record PublicAddress(String url) {

    /** The address of a site path such as {@code /memento/}: absolute when {@code url} is set, else the path itself. */
    public String of(String path) {
        return url + path;
    }

    public boolean known() {
        return !url.isEmpty();
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
