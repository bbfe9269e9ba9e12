package fr.crefop.stages.collective.plan;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A span of presence in a day, written {@code 9:00-12:00} or {@code 9h-12h30} in a plan. */
public record TimeRange(LocalTime start, LocalTime end) {

    private static final Pattern RANGE = Pattern.compile(
            "(\\d{1,2})\\s*[h:]\\s*(\\d{2})?\\s*[-–à]+\\s*(\\d{1,2})\\s*[h:]\\s*(\\d{2})?");

    public static Optional<TimeRange> parse(String text) {
        Matcher m = RANGE.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalTime start = LocalTime.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
            LocalTime end = LocalTime.of(Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
            return end.isAfter(start) ? Optional.of(new TimeRange(start, end)) : Optional.empty();
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** « 9 h – 12 h 30 ». */
    public String shown() {
        return hour(start) + " – " + hour(end);
    }

    public static String hour(LocalTime time) {
        return time.getHour() + "\u00a0h" + (time.getMinute() == 0 ? "" : String.format(java.util.Locale.ROOT, "\u00a0%02d", time.getMinute()));
    }

    /** « 7 h », « 4 h 30 ». */
    public static String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return (minutes / 60) + "\u00a0h" + (minutes % 60 == 0 ? "" : String.format(java.util.Locale.ROOT, "\u00a0%02d", minutes % 60));
    }
}
