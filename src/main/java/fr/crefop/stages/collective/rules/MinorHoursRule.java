package fr.crefop.stages.collective.rules;

import fr.crefop.stages.collective.plan.Ages;
import fr.crefop.stages.collective.plan.Field;
import fr.crefop.stages.collective.plan.HalfDay;
import fr.crefop.stages.collective.plan.PlanDates;
import fr.crefop.stages.collective.plan.PlanDay;
import fr.crefop.stages.collective.plan.StagePlan;
import fr.crefop.stages.collective.plan.TimeRange;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Daily hours within the minors' limits of facts.md §1 (Mon stage en ligne, « règles moins de 18 ans »), for the
 * youngest declared age: at most 7 h a day at 14–15 and 8 h at 16–17, 35 h a week; a 30-minute break after 4 h 30;
 * no presence from 20 h to 6 h under 16, from 22 h to 6 h at 16–17; a daily rest of 14 h under 16, 12 h at 16–17.
 */
final class MinorHoursRule implements PlanRule {

    private static final Duration WEEK = Duration.ofHours(35);
    private static final Duration LONGEST_STRETCH = Duration.ofMinutes(270);
    private static final Duration BREAK = Duration.ofMinutes(30);
    private static final LocalTime EARLIEST = LocalTime.of(6, 0);

    /** The limits for an age. */
    record Limits(Duration day, LocalTime latest, Duration rest) {
        static Limits forAge(int age) {
            return age < 16 ? new Limits(Duration.ofHours(7), LocalTime.of(20, 0), Duration.ofHours(14))
                    : new Limits(Duration.ofHours(8), LocalTime.of(22, 0), Duration.ofHours(12));
        }
    }

    @Override
    public String id() {
        return "horaires-mineurs";
    }

    @Override
    public String statement() {
        return "Les horaires respectent les règles des mineurs : au plus 7 h par jour à 14-15 ans et 8 h à 16-17 ans, 35 h par "
                + "semaine ; une pause de 30 minutes après 4 h 30 ; aucune présence entre 20 h et 6 h avant 16 ans, entre 22 h "
                + "et 6 h à 16-17 ans ; un repos quotidien de 14 h avant 16 ans, de 12 h à 16-17 ans.";
    }

    @Override
    public List<RuleSource> sources() {
        return List.of(RuleSource.MINORS);
    }

    @Override
    public void check(StagePlan plan, RuleReport report) {
        Ages ages = plan.ages();
        if (ages.youngest() < 14 || ages.oldest() > 17) {
            report.error(ages.line(), "les âges déclarés (" + ages.youngest() + " à " + ages.oldest()
                            + " ans) sortent des règles connues de ce site, qui couvrent les mineurs de 14 à 17 ans",
                    "vérifiez « ages » ; pour d'autres âges, les règles sont à vérifier dans la convention");
            return;
        }
        if (ages.assumed()) {
            report.note("Âges pris en compte : " + ages.shown() + ".");
        }
        Limits limits = Limits.forAge(ages.youngest());
        if (plan.planning().isEmpty()) {
            report.notApplicable("le planning est à confirmer : les horaires seront vérifiés quand il sera rempli");
            return;
        }
        Map<Integer, Duration> weeks = new TreeMap<>();
        Map<Integer, PlanDay> weekFirstDay = new TreeMap<>();
        Optional<PlanDay> previousDay = Optional.empty();
        Optional<LocalTime> previousEnd = Optional.empty();
        for (PlanDay day : plan.planning().stream().sorted(Comparator.comparing(PlanDay::date)).toList()) {
            List<TimeRange> ranges = new ArrayList<>();
            for (HalfDay h : day.halfDays()) {
                hours(plan, h, report).ifPresent(range -> {
                    ranges.add(range);
                    if (range.start().isBefore(EARLIEST) || range.end().isAfter(limits.latest())) {
                        report.error(plan.hoursOf(h).line(), "le " + PlanDates.day(day.date()) + " " + h.label() + " (" + range.shown()
                                        + ") sort des heures permises à " + ages.youngest() + " ans : présence entre 6 h et "
                                        + TimeRange.hour(limits.latest()) + " seulement",
                                "décalez les horaires");
                    }
                });
            }
            if (ranges.isEmpty()) {
                continue;
            }
            ranges.sort(Comparator.comparing(TimeRange::start));
            Duration total = ranges.stream().map(TimeRange::duration).reduce(Duration.ZERO, Duration::plus);
            if (total.compareTo(limits.day()) > 0) {
                report.error(day.line(), "le " + PlanDates.day(day.date()) + " compte " + TimeRange.hours(total) + " de présence : plus que les "
                        + TimeRange.hours(limits.day()) + " par jour permises à " + ages.youngest() + " ans", "raccourcissez la journée");
            }
            breaks(day, ranges, report);
            int week = PlanDates.week(plan.debut().orElse(day.date()), day.date());
            weeks.merge(week, total, Duration::plus);
            weekFirstDay.putIfAbsent(week, day);
            if (previousDay.isPresent() && previousEnd.isPresent() && previousDay.get().date().plusDays(1).equals(day.date())) {
                Duration rest = Duration.ofHours(24).minus(Duration.between(ranges.get(0).start(), previousEnd.get()));
                if (rest.compareTo(limits.rest()) < 0) {
                    report.error(day.line(), "entre le " + PlanDates.day(previousDay.get().date()) + " et le " + PlanDates.day(day.date())
                            + ", le repos n'est que de " + TimeRange.hours(rest) + " : il faut " + TimeRange.hours(limits.rest())
                            + " à " + ages.youngest() + " ans", "finissez plus tôt ou commencez plus tard");
                }
            }
            previousDay = Optional.of(day);
            previousEnd = Optional.of(ranges.get(ranges.size() - 1).end());
        }
        weeks.forEach((week, total) -> {
            if (total.compareTo(WEEK) > 0) {
                report.error(weekFirstDay.get(week).line(), "la semaine " + week + " compte " + TimeRange.hours(total)
                        + " de présence : plus que les 35 h par semaine permises", "allégez les journées de cette semaine");
            }
        });
    }

    private static Optional<TimeRange> hours(StagePlan plan, HalfDay h, RuleReport report) {
        Field hours = plan.hoursOf(h);
        if (!hours.present()) {
            report.error(h.line(), "les horaires du " + h.label() + " ne sont pas indiqués",
                    "ajoutez « horaires: 9:00-12:00 » à la demi-journée, ou des horaires par défaut en tête du plan (« horaires: matin / apres_midi »)");
            return Optional.empty();
        }
        if (hours.toConfirm()) {
            report.warning(hours.line(), "les horaires du " + h.label() + " sont « à confirmer »", "");
            return Optional.empty();
        }
        Optional<TimeRange> range = TimeRange.parse(hours.value());
        if (range.isEmpty()) {
            report.error(hours.line(), "horaires illisibles « " + hours.value() + " »", "écrivez par exemple « 9:00-12:00 » ou « 13h30-16h30 »");
        }
        return range;
    }

    /** A stretch of more than 4 h 30 without a 30-minute break is an error. */
    private static void breaks(PlanDay day, List<TimeRange> ranges, RuleReport report) {
        LocalTime stretchStart = ranges.get(0).start();
        LocalTime stretchEnd = ranges.get(0).end();
        for (TimeRange range : ranges.subList(1, ranges.size())) {
            if (Duration.between(stretchEnd, range.start()).compareTo(BREAK) >= 0) {
                stretch(day, stretchStart, stretchEnd, report);
                stretchStart = range.start();
            }
            stretchEnd = range.end().isAfter(stretchEnd) ? range.end() : stretchEnd;
        }
        stretch(day, stretchStart, stretchEnd, report);
    }

    private static void stretch(PlanDay day, LocalTime start, LocalTime end, RuleReport report) {
        if (Duration.between(start, end).compareTo(LONGEST_STRETCH) > 0) {
            report.error(day.line(), "le " + PlanDates.day(day.date()) + ", de " + TimeRange.hour(start) + " à " + TimeRange.hour(end)
                            + " sans pause de 30 minutes : une pause est due après 4 h 30 de présence",
                    "prévoyez une pause d'au moins 30 minutes, par exemple entre le matin et l'après-midi");
        }
    }
}
