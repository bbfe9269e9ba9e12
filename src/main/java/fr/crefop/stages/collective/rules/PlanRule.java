package fr.crefop.stages.collective.rules;

import fr.crefop.stages.collective.plan.StagePlan;

import java.util.List;

/** One rule a collective stage plan must follow; it reports into a {@link RuleReport}. */
public interface PlanRule {

    /** Short machine name, used in findings as {@code stage-collectif/<id>}. */
    String id();

    /** What the rule requires, in French, as shown on the plan page. */
    String statement();

    /** Where the rule comes from. */
    List<RuleSource> sources();

    void check(StagePlan plan, RuleReport report);
}
