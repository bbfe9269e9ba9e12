package fr.crefop.stages.collective.pages;

import fr.crefop.stages.html.TableMarkup;
import fr.crefop.stages.collective.plan.Field;
import fr.crefop.stages.collective.plan.PlanDates;
import fr.crefop.stages.collective.plan.StagePlan;
import fr.crefop.stages.collective.rules.RuleOutcome;
import fr.crefop.stages.collective.rules.RuleSource;
import fr.crefop.stages.diag.Finding;

import java.util.ArrayList;
import java.util.List;

/** The Markdown body of a plan's page: the essentials, the planning, the hosts, the rules and what is to confirm. */
final class PlanPage {

    private PlanPage() {
    }

    static String body(StagePlan plan, List<RuleOutcome> outcomes, String trameLink) {
        StringBuilder md = new StringBuilder();
        if (plan.exempleFictif()) {
            md.append("!!! attention \"Exemple fictif\"\n    Ce plan est inventé pour montrer un plan complet qui respecte toutes les règles "
                    + "vérifiées par le site. Les structures, les personnes et les lieux n'existent pas.\n\n");
        }
        if (plan.resume().present()) {
            md.append("<p class=\"plan-summary\">").append(Html.escape(plan.resume().value())).append("</p>\n\n");
        }
        md.append("## L'essentiel\n\n<dl class=\"plan-facts\">\n");
        fact(md, "Territoire", plan.commune().shown() + plan.departement().map(d -> " (" + d.nom() + ", " + d.code() + ")").orElse(""));
        fact(md, "Niveau", plan.niveau().label());
        fact(md, "Âge des élèves", plan.ages().shown());
        fact(md, "Dates", plan.debut().isPresent() && plan.fin().isPresent()
                ? "du " + PlanDates.day(plan.debut().get()) + " au " + PlanDates.day(plan.fin().get()) : plan.dates().shown());
        fact(md, "Nombre d'élèves", plan.effectif().shown());
        fact(md, "Référent animateur", plan.referent().shown());
        fact(md, "Structure qui porte les conventions", plan.porteur().shown());
        fact(md, "Organisateurs", plan.organisateurs().isEmpty() ? Field.TO_CONFIRM : String.join(" ; ", plan.organisateurs()));
        fact(md, "Secteurs à faire découvrir", plan.secteursMinimum().map(n -> "au moins " + n).orElse(plan.secteursField().shown()));
        fact(md, "Objectif de mixité", plan.mixite().shown());
        fact(md, "Trajets entre les lieux", plan.trajets().shown());
        fact(md, "Contacts", plan.contacts().isEmpty() ? Field.TO_CONFIRM : String.join(" ; ", plan.contacts()));
        md.append("</dl>\n\n");
        md.append("Le transport jusqu'au lieu du stage est organisé par la famille ; l'élève garde le statut scolaire et reste sous la "
                + "responsabilité du chef d'établissement.\n\n");

        md.append("## Le planning des deux semaines\n\n");
        if (plan.planning().isEmpty()) {
            md.append("Le planning demi-journée par demi-journée est à confirmer. Pour le préparer, partez de la ")
                    .append(trameLink).append(".\n\n");
        } else {
            md.append("Une activité principale par demi-journée. Sur un téléphone, le planning s'affiche jour par jour ; "
                    + "imprimé, il tient sur des pages A4 en paysage.\n\n");
            md.append(PlanningTable.render(plan)).append('\n');
        }

        md.append("## Les structures d'accueil par secteur\n\n");
        if (plan.structures().isEmpty()) {
            md.append("Les structures d'accueil sont à confirmer.\n\n");
        } else {
            md.append(PlanningTable.hosts(plan)).append('\n');
        }

        md.append("## Les règles vérifiées\n\n");
        md.append("Le site vérifie chaque plan à la construction : une règle non respectée empêche de publier le plan ; "
                + "un point « à confirmer » est signalé sans bloquer.\n\n");
        md.append(rules(outcomes)).append('\n');

        md.append("## Les points à confirmer\n\n");
        List<String> points = toConfirm(outcomes);
        pending(points, "Le nombre d'élèves", plan.effectif());
        pending(points, "La commune", plan.commune());
        if (plan.contacts().isEmpty() || plan.contacts().stream().allMatch(c -> new Field(c, 0).toConfirm())) {
            points.add("Les contacts sont à confirmer.");
        }
        if (points.isEmpty()) {
            md.append("Aucun point n'est à confirmer.\n\n");
        } else {
            md.append("<ul class=\"plan-pending\">\n");
            points.forEach(p -> md.append("<li>").append(Html.escape(p)).append("</li>\n"));
            md.append("</ul>\n\n");
        }

        if (!plan.sources().isEmpty()) {
            md.append("!!! sources\n");
            plan.sources().forEach(s -> md.append("    - ").append(Html.markdown(s)).append('\n'));
        }
        return md.toString();
    }

    private static void pending(List<String> points, String label, Field field) {
        if (!field.known()) {
            points.add(label + " est à confirmer.");
        }
    }

    private static void fact(StringBuilder md, String label, String value) {
        md.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }

    private static String rules(List<RuleOutcome> outcomes) {
        String caption = "Les règles et leur résultat pour ce plan";
        StringBuilder html = new StringBuilder(TableMarkup.open(caption)).append("<table class=\"plan-rules\">\n<caption>" + caption + "</caption>\n"
                + "<thead><tr><th scope=\"col\">Règle</th><th scope=\"col\">Résultat</th><th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n");
        for (RuleOutcome outcome : outcomes) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(outcome.rule().statement())).append("</th><td><strong>")
                    .append(outcome.status()).append("</strong>");
            if (!outcome.applies()) {
                html.append(" : ").append(Html.escape(outcome.notApplicable()));
            }
            int count = outcome.warnings().size();
            if (count > 0) {
                html.append(" (").append(count).append(count > 1 ? " points" : " point").append(")");
            }
            for (String note : outcome.notes()) {
                html.append(" ").append(Html.escape(note));
            }
            html.append("</td><td>");
            List<String> sources = new ArrayList<>();
            for (RuleSource source : outcome.rule().sources()) {
                sources.add(source.url().isEmpty() ? Html.escape(source.label())
                        : "<a href=\"" + Html.attribute(source.url()) + "\">" + Html.escape(source.label()) + "</a>");
            }
            html.append(String.join(" ; ", sources)).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>").append(TableMarkup.CLOSE).append('\n').toString();
    }

    /** Every warning of the rules, and their notes that say something is to confirm, in rule order. */
    static List<String> toConfirm(List<RuleOutcome> outcomes) {
        List<String> points = new ArrayList<>();
        for (RuleOutcome outcome : outcomes) {
            for (Finding warning : outcome.warnings()) {
                points.add(Html.capitalise(warning.message()) + ".");
            }
            outcome.notes().stream().filter(n -> n.contains("à confirmer")).forEach(points::add);
        }
        return points;
    }
}
