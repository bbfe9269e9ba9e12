package fr.crefop.stages.collective.rules;

import fr.crefop.stages.collective.plan.StagePlan;

import java.util.List;

/**
 * The family organises transport to the stage (Ideo, facts.md §1 and §7); the plan says who handles the trips
 * between the places of the stage, or « à confirmer ».
 */
final class TransportRule implements PlanRule {

    @Override
    public String id() {
        return "trajets";
    }

    @Override
    public String statement() {
        return "La famille organise le transport jusqu'au stage ; le plan dit qui organise les trajets entre les lieux du stage.";
    }

    @Override
    public List<RuleSource> sources() {
        return List.of(RuleSource.IDEO);
    }

    @Override
    public void check(StagePlan plan, RuleReport report) {
        if (!plan.trajets().present()) {
            report.error(plan.trajets().line(), "le plan ne dit pas qui organise les trajets entre les lieux du stage",
                    "ajoutez « trajets: … » (la famille organise le transport jusqu'au stage), ou « trajets: à confirmer »");
        } else if (plan.trajets().toConfirm()) {
            report.warning(plan.trajets().line(), "l'organisation des trajets entre les lieux du stage est « à confirmer »",
                    "la famille organise le transport jusqu'au stage ; dites qui organise les trajets d'un lieu à l'autre");
        }
    }
}
