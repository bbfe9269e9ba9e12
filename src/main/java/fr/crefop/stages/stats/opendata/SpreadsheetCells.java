package fr.crefop.stages.stats.opendata;

/**
 * Text cells of {@code donnees.csv} made safe to open in a spreadsheet (CSV injection, OWASP): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula by Excel or
 * LibreOffice ({@code =HYPERLINK(…)}, {@code +cmd|…}); it gets a leading single quote, which spreadsheets show as
 * text. Only text columns go through here: the value column is a number and is written as it is.
 */
final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The text itself, or {@code '} + the text when a spreadsheet would read it as a formula. */
    static String text(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
