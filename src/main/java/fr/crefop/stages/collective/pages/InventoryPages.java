package fr.crefop.stages.collective.pages;

import fr.crefop.stages.collective.initiatives.Initiative;
import fr.crefop.stages.collective.plan.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The Markdown bodies of the inventory: the inventory page (all initiatives, with a filter form that
 * {@code assets/js/initiatives.js} reveals and drives), one page per initiative, and one listing page per
 * département, sector and level, which work without JavaScript.
 */
final class InventoryPages {

    static final String FOLDER = "stage-collectif/initiatives";
    /** The inventory keeps the content path of the prose page it replaced, so that links to it keep working. */
    static final String INVENTORY = "stage-collectif/initiatives.md";
    static final String NOT_COMMUNICATED = "non communiqué";

    /** A way to group initiatives: its folder, its title word, and the groups of one initiative. */
    enum Facet {
        DEPARTEMENT("departement", "Par département", "département", i -> List.of(i.departement())),
        SECTEUR("secteur", "Par secteur", "secteur", i -> i.secteurs().isEmpty()
                ? List.of(new Initiative.Group("non-communique", "Non communiqué")) : i.secteurs()),
        NIVEAU("niveau", "Par niveau", "niveau", i -> List.of(i.niveau()));

        final String folder;
        final String heading;
        final String noun;
        final Function<Initiative, List<Initiative.Group>> groups;

        Facet(String folder, String heading, String noun, Function<Initiative, List<Initiative.Group>> groups) {
            this.folder = folder;
            this.heading = heading;
            this.noun = noun;
            this.groups = groups;
        }

        /** Group slug → (label, initiatives), sorted by label. */
        Map<String, Map.Entry<String, List<Initiative>>> of(List<Initiative> initiatives) {
            Map<String, Map.Entry<String, List<Initiative>>> result = new TreeMap<>();
            for (Initiative i : initiatives) {
                for (Initiative.Group g : groups.apply(i)) {
                    result.computeIfAbsent(g.slug(), k -> Map.entry(g.label(), new ArrayList<>())).getValue().add(i);
                }
            }
            return result;
        }

        String contentPath(String slug) {
            return FOLDER + "/" + folder + "/" + slug + ".md";
        }
    }

    private InventoryPages() {
    }

    static String contentPath(Initiative i) {
        return FOLDER + "/" + i.slug() + ".md";
    }

    static String inventory(List<Initiative> initiatives, String contactLink) {
        StringBuilder md = new StringBuilder();
        md.append("Cette page s'adresse aux établissements, aux entreprises et aux branches professionnelles qui veulent s'inspirer "
                + "d'expériences réelles. Elle recense les initiatives de stage collectif connues du groupe de travail « Stages ». "
                + "Ce recensement est l'une des perspectives fixées par le groupe le 6 octobre 2025 : mutualiser les initiatives "
                + "et dégager une trame commune transférable. Quand une information manque, la fiche l'indique par « non communiqué ».\n\n");
        md.append("## Les initiatives recensées\n\n");
        md.append(filterForm(initiatives));
        md.append("<ul class=\"initiatives\">\n");
        for (Initiative i : initiatives) {
            md.append("<li class=\"initiatives__item\" data-departement=\"").append(i.departement().slug())
                    .append("\" data-secteur=\"").append(String.join(" ", Facet.SECTEUR.groups.apply(i).stream().map(Initiative.Group::slug).toList()))
                    .append("\" data-niveau=\"").append(i.niveau().slug()).append("\">")
                    .append("<a href=\"").append(i.slug()).append("/\">").append(Html.escape(i.titre())).append("</a>")
                    .append(" <span class=\"initiatives__meta\">").append(Html.escape(summary(i))).append("</span></li>\n");
        }
        md.append("</ul>\n\n");
        for (Facet facet : Facet.values()) {
            md.append("## ").append(facet.heading).append("\n\n");
            facet.of(initiatives).forEach((slug, group) -> md.append("- [").append(Html.markdown(group.getKey())).append("](initiatives/")
                    .append(facet.folder).append('/').append(slug).append(".md) : ").append(count(group.getValue().size())).append('\n'));
            md.append('\n');
        }
        md.append("## Faire connaître votre initiative\n\n");
        md.append("Vous avez organisé un stage collectif ou multisectoriel en Normandie ? Le groupe de travail recense ces initiatives "
                + "pour les mutualiser. Décrivez-la en indiquant le territoire, les structures qui l'ont portée, le nombre d'élèves, "
                + "le format et l'année : voyez la page " + contactLink + ". Les personnes qui tiennent le site peuvent "
                + "l'ajouter avec la commande `new initiative \"Titre\"`, qui crée sa fiche à remplir.\n");
        return md.toString();
    }

    private static String filterForm(List<Initiative> initiatives) {
        StringBuilder html = new StringBuilder("<form class=\"initiatives-filter\" hidden>\n<p class=\"initiatives-filter__intro\">"
                + "Filtrer la liste (la liste se met à jour à chaque choix) :</p>\n<div class=\"initiatives-filter__fields\">");
        for (Facet facet : Facet.values()) {
            html.append("<p><label for=\"filtre-").append(facet.folder).append("\">").append(Html.capitalise(facet.noun)).append("</label>")
                    .append("<select id=\"filtre-").append(facet.folder).append("\" data-filter=\"").append(facet.folder)
                    .append("\"><option value=\"\">Tous</option>");
            facet.of(initiatives).forEach((slug, group) -> html.append("<option value=\"").append(slug).append("\">")
                    .append(Html.escape(group.getKey())).append("</option>"));
            html.append("</select></p>");
        }
        html.append("<p><label for=\"filtre-texte\">Mot du titre ou du territoire</label><input id=\"filtre-texte\" type=\"search\" data-filter=\"texte\"></p>");
        return html.append("</div>\n<p class=\"initiatives-filter__count\" role=\"status\"></p>\n</form>\n\n").toString();
    }

    static String initiative(Initiative i, String planLink) {
        StringBuilder md = new StringBuilder();
        md.append("Une initiative de stage collectif recensée par le groupe de travail « Stages ». Quand une information manque, "
                + "la fiche l'indique par « non communiqué ». Voir [l'inventaire des initiatives](../initiatives.md).\n\n");
        md.append("## La fiche\n\n<dl class=\"plan-facts\">\n");
        fact(md, "Département", i.departement().label());
        fact(md, "Territoire", shown(i.territoire()));
        fact(md, "Secteurs", i.secteurs().isEmpty() ? NOT_COMMUNICATED : String.join(", ", i.secteurs().stream().map(Initiative.Group::label).toList()));
        fact(md, "Niveau", i.niveau().label());
        fact(md, "Année", shown(i.annee()));
        fact(md, "Organisateurs", i.organisateurs().isEmpty() ? NOT_COMMUNICATED : String.join(" ; ", i.organisateurs()));
        fact(md, "Format", shown(i.format()));
        fact(md, "Nombre d'élèves", shown(i.eleves()));
        fact(md, "Contact", shown(i.contact()));
        fact(md, "Statut", shown(i.statut()));
        md.append("</dl>\n\n");
        if (!planLink.isEmpty()) {
            md.append("Le plan de ce stage, avec ce qui est connu et ce qui reste à confirmer : ").append(planLink).append(".\n\n");
        }
        if (!i.sources().isEmpty()) {
            md.append("!!! sources\n");
            for (Initiative.Source s : i.sources()) {
                md.append("    - ").append(s.url().isEmpty() ? Html.markdown(s.label()) : "[" + Html.markdown(s.label()) + "](" + s.url() + ")").append('\n');
            }
        }
        return md.toString();
    }

    static String listing(Facet facet, String label, List<Initiative> initiatives) {
        StringBuilder md = new StringBuilder("Les initiatives de stage collectif de l'inventaire dont le " + facet.noun + " est « "
                + Html.markdown(label) + " ». Voir [l'inventaire complet](../../initiatives.md).\n\n");
        for (Initiative i : initiatives) {
            md.append("- [").append(Html.markdown(i.titre())).append("](../").append(i.slug()).append(".md) : ")
                    .append(Html.markdown(summary(i))).append('\n');
        }
        return md.toString();
    }

    /** « Eure, Pont-Audemer ; Stage de seconde ; 16 élèves ». */
    static String summary(Initiative i) {
        List<String> parts = new ArrayList<>();
        parts.add(i.departement().label() + (i.territoire().known() ? ", " + i.territoire().value() : ""));
        parts.add(i.niveau().label().equals("Non communiqué") ? "niveau non communiqué" : i.niveau().label());
        parts.add(i.eleves().known() ? i.eleves().value() + " élèves" : "nombre d'élèves non communiqué");
        return String.join(" ; ", parts);
    }

    private static String count(int n) {
        return n + (n > 1 ? " initiatives" : " initiative");
    }

    private static String shown(Field field) {
        return field.known() ? field.value() : NOT_COMMUNICATED;
    }

    private static void fact(StringBuilder md, String label, String value) {
        md.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }
}
