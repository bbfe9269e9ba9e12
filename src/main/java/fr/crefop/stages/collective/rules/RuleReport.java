package fr.crefop.stages.collective.rules;

import fr.crefop.stages.collective.plan.StagePlan;
import fr.crefop.stages.diag.Finding;

import java.util.ArrayList;
import java.util.List;

/** What one rule found in one plan: findings (file and line), notes for the page, or why it does not apply. */
public final class RuleReport {

    private final StagePlan plan;
    private final PlanRule rule;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String notApplicable = "";

    RuleReport(StagePlan plan, PlanRule rule) {
        this.plan = plan;
        this.rule = rule;
    }

    public void error(int line, String message, String hint) {
        findings.add(Finding.error(plan.path(), line, "stage-collectif/" + rule.id(), message, hint));
    }

    /** A point still « à confirmer » or to check: listed by the build and on the page, never fails it. */
    public void warning(int line, String message, String hint) {
        findings.add(Finding.warning(plan.path(), line, "stage-collectif/" + rule.id(), message, hint));
    }

    /** A remark shown on the plan page only (not a finding). */
    public void note(String text) {
        notes.add(text);
    }

    public void notApplicable(String reason) {
        notApplicable = reason;
    }

    RuleOutcome outcome() {
        return new RuleOutcome(rule, notApplicable, findings, notes);
    }
}
