package fr.crefop.stages.collective.rules;

import fr.crefop.stages.collective.plan.Host;
import fr.crefop.stages.collective.plan.StagePlan;
import fr.crefop.stages.content.Slugs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan reaches at least the number of different sectors it declares (at least two: a multi-sector stage), and
 * states its mixité objective. Source: the minutes (« découvrir plusieurs métiers », « intégrer un objectif explicite
 * de mixité dans les dispositifs de stages collectifs »).
 */
final class SectorsRule implements PlanRule {

    @Override
    public String id() {
        return "secteurs-mixite";
    }

    @Override
    public String statement() {
        return "Les structures couvrent au moins le nombre de secteurs différents annoncé (au moins deux) ; l'objectif de "
                + "mixité est écrit.";
    }

    @Override
    public List<RuleSource> sources() {
        return List.of(RuleSource.MINUTES);
    }

    @Override
    public void check(StagePlan plan, RuleReport report) {
        if (!plan.mixite().present()) {
            report.error(plan.mixite().line(), "le plan n'écrit pas son objectif de mixité",
                    "ajoutez « mixite: … » : le groupe de travail propose un objectif explicite de mixité dans chaque stage collectif");
        } else if (plan.mixite().toConfirm()) {
            report.warning(plan.mixite().line(), "l'objectif de mixité est « à confirmer »", "écrivez-le dans « mixite: »");
        }
        if (plan.secteursMinimum().isEmpty()) {
            if (plan.secteursField().toConfirm()) {
                report.warning(plan.secteursField().line(), "le nombre de secteurs à faire découvrir est « à confirmer »", "");
            } else {
                report.error(plan.secteursField().line(), "le plan n'annonce pas le nombre de secteurs à faire découvrir",
                        "ajoutez « secteurs_minimum: 3 » (au moins 2 pour un stage multisectoriel)");
            }
            return;
        }
        int minimum = plan.secteursMinimum().get();
        if (minimum < 2) {
            report.error(plan.secteursField().line(), "un stage multisectoriel fait découvrir au moins deux secteurs, pas " + minimum,
                    "indiquez « secteurs_minimum: 2 » ou plus");
        }
        Map<String, String> sectors = new TreeMap<>();
        for (Host host : plan.structures()) {
            if (!host.secteur().present()) {
                report.error(host.line(), "la structure « " + host.id() + " » n'a pas de secteur", "ajoutez « secteur: … »");
            } else if (host.secteur().toConfirm()) {
                report.warning(host.secteur().line(), "le secteur de la structure « " + host.id() + " » est « à confirmer »", "");
            } else {
                sectors.putIfAbsent(Slugs.slug(host.secteur().value()), host.secteur().value());
            }
        }
        boolean allKnown = plan.structures().stream().allMatch(h -> h.secteur().known());
        if (!plan.structures().isEmpty() && allKnown && sectors.size() < minimum) {
            report.error(plan.secteursField().line(), "le plan annonce au moins " + minimum + " secteurs mais ses structures n'en couvrent que "
                            + sectors.size() + (sectors.isEmpty() ? "" : " (" + String.join(", ", sectors.values()) + ")"),
                    "ajoutez une structure d'un autre secteur (une visite suffit) ou corrigez « secteurs_minimum »");
        }
    }
}
