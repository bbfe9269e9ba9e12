package fr.crefop.stages.collective.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Dates as a plan page writes them, and the school days between two dates. */
public final class PlanDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRANCE);

    private PlanDates() {
    }

    /** « lundi 15 juin 2026 » (« 1er » for the first of the month). */
    public static String day(LocalDate date) {
        return DAY.format(date).replaceFirst(" 1 ", " 1er ");
    }

    /** « lundi 15 juin ». */
    public static String shortDay(LocalDate date) {
        return SHORT.format(date).replaceFirst(" 1 ", " 1er ");
    }

    public static boolean isSchoolDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Monday to Friday from {@code first} to {@code last}, both included. */
    public static List<LocalDate> schoolDays(LocalDate first, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (isSchoolDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** The week of the stage a day falls in: 1 for the first week, 2 for the next. */
    public static int week(LocalDate first, LocalDate day) {
        LocalDate monday = first.with(DayOfWeek.MONDAY);
        return (int) (java.time.temporal.ChronoUnit.DAYS.between(monday, day) / 7) + 1;
    }
}
