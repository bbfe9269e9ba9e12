package fr.crefop.stages.markdown;

import fr.crefop.stages.content.TextScan;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The addresses a Markdown link or image may use. A link goes to a page or file of the site, or to an
 * {@code http(s)}, {@code mailto:} or {@code tel:} address; an image is a file of the site, because the site makes no
 * request to another site.
 */
final class UrlPolicy {

    /** A refused address: message and hint, in French. */
    record Refusal(String message, String hint) {
    }

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private UrlPolicy() {
    }

    static Optional<Refusal> link(String url) {
        Optional<String> scheme = scheme(url);
        if (scheme.isEmpty() || LINK_SCHEMES.contains(scheme.get())) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("le lien « " + shorten(url) + " » utilise « " + scheme.get() + ": », interdit",
                scheme.get().equals("javascript") || scheme.get().equals("vbscript") || scheme.get().equals("data")
                        ? HtmlPolicy.NO_SCRIPT + " ; un lien s'écrit [texte](adresse), vers une page (fichier .md), "
                        + "un fichier du site, ou une adresse http(s)://, mailto: ou tel:"
                        : "un lien s'écrit [texte](adresse), vers une page (fichier .md), un fichier du site, "
                        + "ou une adresse http(s)://, mailto: ou tel:"));
    }

    static Optional<Refusal> image(String url) {
        Optional<String> scheme = scheme(url);
        String hint = "enregistrez l'image dans content/, à côté de la page, et écrivez ![ce que montre l'image](image.png)";
        if (scheme.isEmpty() && !browserForm(url).replace('\\', '/').startsWith("//")) {
            return Optional.empty();
        }
        if (scheme.isEmpty() || scheme.get().equals("http") || scheme.get().equals("https")) {
            return Optional.of(new Refusal("l'image « " + shorten(url) + " » vient d'un autre site : le site ne fait"
                    + " aucune requête vers un autre site", hint));
        }
        return Optional.of(new Refusal("l'image « " + shorten(url) + " » n'est pas un fichier du site", hint));
    }

    /** The scheme as a browser reads it (tabs and newlines removed, controls and spaces trimmed), lower case. */
    private static Optional<String> scheme(String url) {
        return TextScan.scheme(browserForm(url)).map(s -> s.toLowerCase(Locale.ROOT));
    }

    private static String browserForm(String url) {
        String removed = url.indexOf('\t') < 0 && url.indexOf('\n') < 0 && url.indexOf('\r') < 0 ? url
                : url.replace("\t", "").replace("\n", "").replace("\r", "");
        int start = 0;
        int end = removed.length();
        while (start < end && removed.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && removed.charAt(end - 1) <= ' ') {
            end--;
        }
        return removed.substring(start, end);
    }

    private static String shorten(String url) {
        return url.length() > 60 ? url.substring(0, 59) + "…" : url;
    }
}
