package fr.crefop.stages.check;

import fr.crefop.stages.content.TextScan;
import fr.crefop.stages.diag.Finding;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every internal link of the built site leads somewhere: the address is a page or file of the output, and its
 * {@code #anchor} exists in the target page. External addresses are not fetched (the build works offline).
 */
public final class LinkCheck {


    private final String basePath;
    private final Set<String> outputFiles;

    /**
     * @param basePath    the path the site is served under
     * @param outputFiles every file of the output, relative to it, with '/' separators
     */
    public LinkCheck(String basePath, Set<String> outputFiles) {
        this.basePath = basePath;
        this.outputFiles = outputFiles;
    }

    public List<Finding> check(List<PageFacts> pages) {
        Map<String, PageFacts> byFile = new HashMap<>();
        pages.forEach(p -> byFile.put(p.outputPath(), p));
        List<Finding> findings = new ArrayList<>();
        for (PageFacts page : pages) {
            for (LinkUse link : page.links()) {
                check(link, page, byFile).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private Optional<Finding> check(LinkUse link, PageFacts page, Map<String, PageFacts> byFile) {
        String href = link.href().strip();
        if (href.isEmpty() || href.startsWith("//") || TextScan.scheme(href).isPresent()) {
            return Optional.empty();
        }
        URI target;
        try {
            target = new URI("http", "site", page.url(), null).resolve(new URI(null, null, pathOf(href), fragmentOf(href)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.of(error(link, "adresse de lien invalide « " + href + " »", "vérifiez les caractères du lien"));
        }
        String path = target.getPath() == null || target.getPath().isEmpty() ? page.url() : target.getPath();
        if (!path.startsWith(basePath)) {
            return Optional.of(error(link, "le lien « " + href + " » sort du site (adresses sous " + basePath + ")",
                    "liez une page par son fichier .md"));
        }
        Optional<String> file = file(path.substring(basePath.length()));
        if (file.isEmpty()) {
            return Optional.of(error(link, "lien cassé : « " + href + " » ne mène à aucune page ni fichier du site",
                    "pour lier une page, écrivez le chemin de son fichier .md (par exemple ../memento/faq.md)"));
        }
        String anchor = target.getFragment();
        PageFacts targetPage = byFile.get(file.get());
        if (anchor == null || anchor.isEmpty() || targetPage == null || targetPage.ids().contains(anchor)) {
            return Optional.empty();
        }
        String known = targetPage.headingIds().isEmpty() ? "cette page n'a pas d'intertitre"
                : "ancres des intertitres : #" + String.join(", #", targetPage.headingIds().stream().limit(12).toList());
        return Optional.of(error(link, "ancre introuvable : « #" + anchor + " » n'existe pas dans " + targetPage.url(), known));
    }

    private Optional<String> file(String relative) {
        if (relative.isEmpty() || relative.endsWith("/")) {
            String index = relative + "index.html";
            return outputFiles.contains(index) ? Optional.of(index) : Optional.empty();
        }
        if (outputFiles.contains(relative)) {
            return Optional.of(relative);
        }
        String index = relative + "/index.html";
        return outputFiles.contains(index) ? Optional.of(index) : Optional.empty();
    }

    private static String pathOf(String href) {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        int query = path.indexOf('?');
        return decode(query < 0 ? path : path.substring(0, query));
    }

    private static String fragmentOf(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? null : decode(href.substring(hash + 1));
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Finding error(LinkUse link, String message, String hint) {
        Location location = link.location();
        String text = location.line() > 0 ? message : message + " (page " + link.pageUrl() + ")";
        return Finding.error(location.path(), location.line(), "link", text, hint);
    }
}
