package fr.crefop.stages.stats.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/** Reads numbers as editors type them (« 91,77 », « 25 685 ») and writes them the French way (« 91,77 % »). */
public final class FrenchNumbers {

    private static final char NBSP = '\u00A0';
    private static final char NNBSP = '\u202F';
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private FrenchNumbers() {
    }

    /** Parses « 91,77 », « 91.77 », « 25 685 »; empty when the text is not a number. */
    public static Optional<BigDecimal> parse(String text) {
        String cleaned = text.strip().replace(" ", "").replace(String.valueOf(NBSP), "").replace(String.valueOf(NNBSP), "")
                .replace(',', '.');
        if (!NUMBER.matcher(cleaned).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(cleaned));
    }

    /** « 91,77 % », « 6,5 % », « 25 685 élèves »: at most two decimals, no trailing zeros. */
    public static String format(BigDecimal value, String unit) {
        return number(value) + NBSP + unit;
    }

    /** The number alone, French style. */
    public static String number(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(NNBSP);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A signed difference in points or units: « +3,5 points », « −6,77 points ». */
    public static String difference(BigDecimal difference, String unit) {
        String sign = difference.signum() > 0 ? "+" : "";
        String suffix = unit.equals("%") ? "points" : unit;
        return sign + number(difference) + NBSP + suffix;
    }
}
