package fr.crefop.stages.collective.rules;

import fr.crefop.stages.collective.plan.StagePlan;

import java.util.List;

/** The rules every plan is checked against, in the order the plan page lists them. */
public final class PlanRules {

    private final List<PlanRule> rules;

    public PlanRules(List<PlanRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static PlanRules standard() {
        return new PlanRules(List.of(new SecondeDatesRule(), new HalfDaysRule(), new ReferentRule(), new SigningHostsRule(),
                new MinorHoursRule(), new SectorsRule(), new ObservationOnlyRule(), new TransportRule()));
    }

    public List<RuleOutcome> check(StagePlan plan) {
        return rules.stream().map(rule -> {
            RuleReport report = new RuleReport(plan, rule);
            rule.check(plan, report);
            return report.outcome();
        }).toList();
    }
}
