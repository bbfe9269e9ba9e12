package fr.crefop.stages.collective.rules;

import fr.crefop.stages.collective.plan.Field;
import fr.crefop.stages.collective.plan.HalfDay;
import fr.crefop.stages.collective.plan.PlanDates;
import fr.crefop.stages.collective.plan.PlanDay;
import fr.crefop.stages.collective.plan.StagePlan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every school day of the stage has a morning and an afternoon, each with a place, an activity and a responsible
 * adult; no half-day is empty. Source: company guides, « une activité principale par demi-journée » (Jeunes en Nord,
 * facts.md §3), and the minutes (a référent animateur throughout).
 */
final class HalfDaysRule implements PlanRule {

    @Override
    public String id() {
        return "demi-journees";
    }

    @Override
    public String statement() {
        return "Chaque jour de classe du stage a un matin et un après-midi, chacun avec un lieu, une activité et un adulte "
                + "responsable ; aucune demi-journée n'est vide.";
    }

    @Override
    public List<RuleSource> sources() {
        return List.of(new RuleSource("Stage : l'employeur (une activité principale par demi-journée) — Jeunes en Nord, Département du Nord",
                "https://jeunesennord.lenord.fr/stage/lemployeur/"), RuleSource.MINUTES);
    }

    @Override
    public void check(StagePlan plan, RuleReport report) {
        if (plan.planning().isEmpty()) {
            if (plan.planningField().toConfirm()) {
                report.warning(plan.planningField().line(), "le planning demi-journée par demi-journée est « à confirmer »",
                        "remplissez « planning: » jour par jour (voir la trame type)");
            } else {
                report.error(plan.planningField().line(), "le plan n'a pas de planning",
                        "ajoutez « planning: » avec, pour chaque jour, « jour », « matin » et « apres_midi »");
            }
            return;
        }
        Map<LocalDate, PlanDay> seen = new HashMap<>();
        for (PlanDay day : plan.planning()) {
            if (!PlanDates.isSchoolDay(day.date())) {
                report.error(day.line(), "le " + PlanDates.day(day.date()) + " n'est pas un jour de classe",
                        "le stage a lieu du lundi au vendredi ; retirez ce jour");
            } else if (plan.debut().isPresent() && (day.date().isBefore(plan.debut().get()) || day.date().isAfter(plan.fin().orElseThrow()))) {
                report.error(day.line(), "le " + PlanDates.day(day.date()) + " est en dehors des dates du stage",
                        "corrigez la date ou les dates du stage");
            }
            PlanDay previous = seen.putIfAbsent(day.date(), day);
            if (previous != null) {
                report.error(day.line(), "le " + PlanDates.day(day.date()) + " figure deux fois au planning (déjà ligne " + previous.line() + ")",
                        "gardez une seule entrée par jour");
            }
            check(plan, day, day.morning(), "matin", report);
            check(plan, day, day.afternoon(), "après-midi", report);
        }
        if (plan.debut().isPresent() && plan.fin().isPresent()) {
            for (LocalDate expected : PlanDates.schoolDays(plan.debut().get(), plan.fin().get())) {
                if (!seen.containsKey(expected)) {
                    report.error(plan.planningField().line(), "le " + PlanDates.day(expected) + " manque au planning",
                            "ajoutez ce jour avec son matin et son après-midi");
                }
            }
        }
    }

    private static void check(StagePlan plan, PlanDay day, Optional<HalfDay> halfDay, String label, RuleReport report) {
        String when = "le " + PlanDates.day(day.date()) + " " + ("matin".equals(label) ? "matin" : "après-midi");
        if (halfDay.isEmpty()) {
            report.error(day.line(), when + " est vide", "ajoutez « " + ("matin".equals(label) ? "matin" : "apres_midi")
                    + ": » avec « lieu », « activite » et « adulte »");
            return;
        }
        HalfDay h = halfDay.get();
        required(h.lieu(), when + " n'a pas de lieu", "lieu", h, report);
        required(h.activite(), when + " n'a pas d'activité", "activite", h, report);
        required(h.adulte(), when + " n'a pas d'adulte responsable", "adulte", h, report);
        if (h.lieu().toConfirm()) {
            report.warning(h.lieu().line(), "le lieu du " + when.substring(3) + " est « à confirmer »", "");
        }
        if (h.adulte().toConfirm()) {
            report.warning(h.adulte().line(), "l'adulte responsable du " + when.substring(3) + " est « à confirmer »", "");
        }
        if (h.structure().isPresent() && plan.host(h.structure().get().value()).isEmpty()) {
            report.error(h.structure().get().line(), "la structure « " + h.structure().get().value() + " » n'est pas déclarée dans « structures »",
                    "utilisez l'« id » d'une des structures du plan");
        }
    }

    private static void required(Field field, String message, String key, HalfDay h, RuleReport report) {
        if (!field.present()) {
            report.error(h.line(), message, "ajoutez « " + key + ": … » à cette demi-journée");
        }
    }
}
