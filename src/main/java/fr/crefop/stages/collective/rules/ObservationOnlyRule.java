package fr.crefop.stages.collective.rules;

import fr.crefop.stages.collective.plan.Activities;
import fr.crefop.stages.collective.plan.HalfDay;
import fr.crefop.stages.collective.plan.PlanDates;
import fr.crefop.stages.collective.plan.PlanDay;
import fr.crefop.stages.collective.plan.StagePlan;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pupils observe; they do not work. Art. D.331-9 Code de l'éducation (facts.md §1 and §7): no access to the machines
 * and products forbidden to minors, no manœuvre or manipulation of machines, not even light work; the model
 * convention (art. 5): « les élèves n'ont pas à concourir au travail dans l'entreprise ». So every half-day has one of
 * the activity types below, and a description that speaks of handling machines or producing is flagged.
 */
final class ObservationOnlyRule implements PlanRule {

    private static final Pattern WORK = Pattern.compile(
            "\\b(manipul\\w*|manœuvr\\w*|manoeuvr\\w*|faire fonctionner|font fonctionner|conduire (une|un|la|le) (machine|engin|chariot)"
                    + "|travail productif|production réelle|travaillent sur)\\b");

    @Override
    public String id() {
        return "observation";
    }

    @Override
    public String statement() {
        return "Les élèves observent et ne travaillent pas : chaque demi-journée est un accueil, une visite, une observation, un "
                + "atelier animé par un adulte, un projet de groupe ou un bilan ; aucune manœuvre ni manipulation de machine ou "
                + "de produit, aucun travail, même léger.";
    }

    @Override
    public List<RuleSource> sources() {
        return List.of(RuleSource.D331_9, new RuleSource("Stages de juin en seconde : ne rien se laisser imposer (article 5 de la convention type) — SNES-FSU",
                "https://www.snes.edu/article/stages-de-juin-en-seconde-ne-rien-se-laisser-imposer/"));
    }

    @Override
    public void check(StagePlan plan, RuleReport report) {
        if (plan.planning().isEmpty()) {
            report.notApplicable("le planning est à confirmer : les activités seront vérifiées quand il sera rempli");
            return;
        }
        for (PlanDay day : plan.planning()) {
            for (HalfDay h : day.halfDays()) {
                String when = "le " + PlanDates.day(day.date()) + " " + h.label();
                if (h.activite().present() && !Activities.allowed(h.activite().value())) {
                    report.error(h.activite().line(), "activité « " + h.activite().value() + " » (" + when
                                    + ") : un élève en stage d'observation ne fait aucun travail (article D.331-9 du Code de l'éducation)",
                            "types possibles : " + String.join(", ", Activities.TYPES.keySet()));
                }
                if (WORK.matcher(h.description().value().toLowerCase(Locale.ROOT)).find()) {
                    report.warning(h.description().line(), "la description du " + when.substring(3)
                                    + " évoque une manipulation ou un travail : « " + h.description().value() + " »",
                            "un élève observe : aucune manœuvre ni manipulation de machine ou de produit, aucun travail, même léger "
                                    + "(article D.331-9) ; décrivez une démonstration par un professionnel ou une observation");
                }
            }
        }
    }

}
