package fr.crefop.stages.collective.rules;

import fr.crefop.stages.diag.Finding;

import java.util.List;

/**
 * The result of one rule on one plan.
 *
 * @param rule          the rule
 * @param notApplicable why it does not apply, or empty
 * @param findings      errors and warnings, with file and line
 * @param notes         remarks for the page
 */
public record RuleOutcome(PlanRule rule, String notApplicable, List<Finding> findings, List<String> notes) {

    public RuleOutcome {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    public boolean applies() {
        return notApplicable.isEmpty();
    }

    public boolean failed() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /** « Respectée », « Respectée, points à confirmer », « Non respectée » or « Sans objet ». */
    public String status() {
        if (!applies()) {
            return "Sans objet";
        }
        if (failed()) {
            return "Non respectée";
        }
        return warnings().isEmpty() ? "Respectée" : "À confirmer";
    }
}
