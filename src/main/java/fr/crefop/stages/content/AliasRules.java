package fr.crefop.stages.content;

import fr.crefop.stages.paths.ContainedPath;

import java.util.Optional;

/**
 * What an old address ({@code aliases:}) may hold. A page's header is untrusted input: an alias becomes a file of the
 * produced site, so it must name a plain path under the site's root, never a way out of it.
 */
final class AliasRules {

    /** Characters refused anywhere: Windows file-name characters, and the percent of encoded characters. */
    private static final String REFUSED = "\\:*?\"<>|%";

    private AliasRules() {
    }

    /** The problem with an alias as written, in French, or empty when it is acceptable. */
    static Optional<String> problem(String alias) {
        if (alias.isBlank()) {
            return Optional.of("l'ancienne adresse est vide");
        }
        if (alias.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of("l'ancienne adresse « " + ContainedPath.printable(alias) + " » contient un caractère de contrôle");
        }
        if (alias.startsWith("//")) {
            return Optional.of("l'ancienne adresse « " + alias + " » désigne un autre site (elle commence par « // »)");
        }
        for (char c : REFUSED.toCharArray()) {
            if (alias.indexOf(c) >= 0) {
                return Optional.of("l'ancienne adresse « " + alias + " » contient le caractère « " + c + " »"
                        + (c == '%' ? " (caractère encodé, comme %2e pour un point)" : ""));
            }
        }
        String path = alias.startsWith("/") ? alias.substring(1) : alias;
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("l'ancienne adresse « " + alias + " » contient « " + segment + " »");
            }
            if (segment.isEmpty() && i < segments.length - 1) {
                return Optional.of("l'ancienne adresse « " + alias + " » contient « // »");
            }
        }
        return Optional.empty();
    }

    /** The hint shown with every refused alias. */
    static String hint() {
        return "écrivez l'ancienne adresse du site, en clair, à partir de la racine : « /memento/ancienne-page/ » ou "
                + "« /ancienne-page.html », sans « .. », « \\ », « : », « % » ni caractère spécial";
    }
}
