package fr.crefop.stages.catalogue;

import fr.crefop.stages.content.Audience;
import fr.crefop.stages.content.FrenchDates;
import fr.crefop.stages.content.Level;

import java.util.List;
import java.util.stream.Collectors;

/** The Markdown body of a shelf page: the site's own pages, then the external links, one list item each. */
final class ShelfMarkdown {

    /** Spells out PFMP before its first use on the page (the site's rule for every page). */
    private static final String LEVELS = " Les niveaux : stage de 3e, stage de seconde, période de formation en milieu professionnel (PFMP) du lycée professionnel.";

    private ShelfMarkdown() {
    }

    static String body(Shelf shelf, List<Resource> resources) {
        StringBuilder md = new StringBuilder(shelf.intro()).append(shelf.level().equals("PFMP") ? "" : LEVELS).append("\n\n");
        if (shelf.feed()) {
            md.append("Pour suivre les nouveautés : [le flux Atom de cette page](").append(shelf.feedAddress())
                    .append(") ; pour toutes les ressources : [le flux Atom du site](/ressources/flux.xml).\n\n");
        }
        List<Resource> own = resources.stream().filter(r -> !r.external()).toList();
        List<Resource> links = resources.stream().filter(Resource::external).toList();
        md.append("## Les pages de ce site\n\n");
        if (own.isEmpty()) {
            md.append("Aucune page de ce site pour l'instant.\n\n");
        }
        own.forEach(r -> item(md, shelf, r, "../" + r.contentPath()));
        md.append('\n');
        md.append("## Les liens officiels\n\n");
        if (links.isEmpty()) {
            md.append("Aucun lien officiel pour l'instant.\n\n");
        }
        links.forEach(r -> item(md, shelf, r, r.address()));
        md.append('\n');
        return md.toString();
    }

    private static void item(StringBuilder md, Shelf shelf, Resource resource, String target) {
        md.append("- [").append(escape(resource.title())).append("](").append(target).append(")");
        if (!resource.publisher().isEmpty()) {
            md.append(" — ").append(escape(resource.publisher()));
        }
        md.append(" : ").append(escape(resource.summary()));
        String facets = shelf.audience().isEmpty()
                ? "Pour : " + resource.audiences().stream().map(Audience::label).map(String::toLowerCase).collect(Collectors.joining(", "))
                : "Niveau : " + (resource.levels().isEmpty() ? "tous" : resource.levels().stream().map(Level::key).collect(Collectors.joining(", ")));
        md.append(" (").append(facets);
        resource.updated().ifPresent(d -> md.append(" ; mis à jour le ").append(FrenchDates.format(d)));
        md.append(")\n");
    }

    /** Escapes the characters Markdown would read as formatting. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
