package fr.crefop.stages.collective.rules;

import fr.crefop.stages.collective.plan.PlanDates;
import fr.crefop.stages.collective.plan.StagePlan;
import fr.crefop.stages.content.Level;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A seconde stage takes the two consecutive weeks of the year's national period: 16–27 June 2025 (read in the
 * académie's page), 15–26 June 2026 (to confirm, facts.md §7); another year: any two consecutive school weeks, with a
 * warning. Sources: ac-normandie (2025), the minutes (DRAIO: « deux semaines consécutives »), facts.md §7 (2026).
 */
final class SecondeDatesRule implements PlanRule {

    /** The known national periods: first Monday, last Friday, and whether the dates are still to confirm. */
    private record Period(LocalDate first, LocalDate last, boolean toConfirm) {
    }

    private static final Map<Integer, Period> PERIODS = Map.of(
            2025, new Period(LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 27), false),
            2026, new Period(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 26), true));

    @Override
    public String id() {
        return "dates";
    }

    @Override
    public String statement() {
        return "Stage de seconde : deux semaines consécutives pendant la période scolaire, celles de la période nationale de "
                + "l'année quand elle est connue (du 16 au 27 juin 2025 ; du 15 au 26 juin 2026, à confirmer auprès du lycée).";
    }

    @Override
    public List<RuleSource> sources() {
        return List.of(RuleSource.MINUTES, RuleSource.AC_NORMANDIE, RuleSource.DATES_2026);
    }

    @Override
    public void check(StagePlan plan, RuleReport report) {
        if (plan.niveau() != Level.SECONDE) {
            report.notApplicable("la règle concerne le stage de seconde");
            return;
        }
        if (plan.debut().isEmpty() || plan.fin().isEmpty()) {
            if (plan.dates().toConfirm()) {
                report.warning(plan.dates().line(), "les dates du stage sont « à confirmer »",
                        "indiquez « dates: {debut: 2026-06-15, fin: 2026-06-26} » quand elles sont connues");
            } else {
                report.error(plan.dates().line(), "le plan n'indique pas ses dates",
                        "ajoutez « dates: » avec « debut » et « fin », ou « dates: à confirmer »");
            }
            return;
        }
        LocalDate debut = plan.debut().get();
        LocalDate fin = plan.fin().get();
        Period period = PERIODS.get(debut.getYear());
        if (period != null) {
            if (!debut.equals(period.first()) || !fin.equals(period.last())) {
                report.error(plan.dates().line(), "les dates du " + PlanDates.day(debut) + " au " + PlanDates.day(fin)
                                + " ne sont pas celles de la période nationale " + debut.getYear() + " du stage de seconde, du "
                                + PlanDates.day(period.first()) + " au " + PlanDates.day(period.last()),
                        "reprenez les dates de la période nationale" + (period.toConfirm() ? " (à confirmer auprès du lycée)" : ""));
            } else if (period.toConfirm()) {
                report.note("Les dates nationales " + debut.getYear() + " (du " + PlanDates.day(period.first()) + " au "
                        + PlanDates.day(period.last()) + ") sont à confirmer auprès du lycée.");
            }
            return;
        }
        if (debut.getDayOfWeek() != DayOfWeek.MONDAY || !fin.equals(debut.plusDays(11))) {
            report.error(plan.dates().line(), "du " + PlanDates.day(debut) + " au " + PlanDates.day(fin)
                            + " : ce ne sont pas deux semaines consécutives (du lundi au vendredi de la semaine suivante)",
                    "le stage de seconde dure deux semaines consécutives ; par exemple du lundi 15 au vendredi 26 juin 2026");
            return;
        }
        report.warning(plan.dates().line(), "la période nationale " + debut.getYear()
                        + " du stage de seconde n'est pas connue de ce site : vérifiez les dates auprès du lycée",
                "les dates connues sont celles de 2025 et de 2026 (à confirmer)");
    }
}
