package fr.crefop.stages.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a French reader writes them: « 6 octobre 2025 », « 1er décembre 2026 ». */
public final class FrenchDates {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private FrenchDates() {
    }

    public static String format(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth())) + " " + MONTH_YEAR.format(date);
    }
}
