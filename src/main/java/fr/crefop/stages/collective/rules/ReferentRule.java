package fr.crefop.stages.collective.rules;

import fr.crefop.stages.collective.plan.StagePlan;

import java.util.List;

/**
 * A référent animateur is named for the whole stage (the minutes: « besoin d'un référent animateur sur toute la
 * durée du stage collectif »); the structure carrying the conventions is named or explicitly « à confirmer » (the
 * minutes: « portage par une structure unique comme le MEDEF ou la CCI », still being explored).
 */
final class ReferentRule implements PlanRule {

    @Override
    public String id() {
        return "referent";
    }

    @Override
    public String statement() {
        return "Un référent animateur est nommé pour toute la durée du stage ; la structure qui porte les conventions est "
                + "nommée, ou indiquée « à confirmer ».";
    }

    @Override
    public List<RuleSource> sources() {
        return List.of(RuleSource.MINUTES);
    }

    @Override
    public void check(StagePlan plan, RuleReport report) {
        if (!plan.referent().present()) {
            report.error(plan.referent().line(), "le plan ne nomme pas de référent animateur",
                    "ajoutez « referent_animateur: Nom (structure) » : le groupe de travail demande un référent sur toute la durée du stage");
        } else if (plan.referent().toConfirm()) {
            report.warning(plan.referent().line(), "le référent animateur est « à confirmer »",
                    "nommez-le dès qu'il est connu : il encadre le groupe pendant les deux semaines");
        }
        if (!plan.porteur().present()) {
            report.error(plan.porteur().line(), "le plan ne dit pas quelle structure porte les conventions",
                    "ajoutez « porteur: Nom de la structure », ou « porteur: à confirmer »");
        } else if (plan.porteur().toConfirm()) {
            report.warning(plan.porteur().line(), "la structure qui porte les conventions est « à confirmer »",
                    "le portage par une structure unique (MEDEF, CCI…) est à l'étude par le groupe de travail");
        }
    }
}
