package fr.crefop.stages.collective.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One day of the planning.
 *
 * @param date     the day
 * @param halfDays the half-days written for it (matin first), possibly fewer than two
 * @param line     the line of the {@code jour:} entry
 */
public record PlanDay(LocalDate date, List<HalfDay> halfDays, int line) {

    public PlanDay {
        halfDays = List.copyOf(halfDays);
    }

    public Optional<HalfDay> morning() {
        return halfDays.stream().filter(HalfDay::morning).findFirst();
    }

    public Optional<HalfDay> afternoon() {
        return halfDays.stream().filter(h -> !h.morning()).findFirst();
    }
}
