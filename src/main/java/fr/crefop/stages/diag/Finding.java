package fr.crefop.stages.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the site's sources or output.
 *
 * @param severity error (fails the build) or warning
 * @param path     file path relative to the site folder, with '/' separators
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param rule     short machine name of the rule, e.g. {@code link}, {@code front-matter}
 * @param message  what is wrong, in French, for editors
 * @param hint     how to fix it, or an empty string
 */
public record Finding(Severity severity, String path, int line, int column, String rule, String message, String hint) {

    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(path);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(message);
        hint = hint == null ? "" : hint;
    }

    public static Finding error(String path, int line, String rule, String message, String hint) {
        return new Finding(Severity.ERROR, path, line, 0, rule, message, hint);
    }

    public static Finding warning(String path, int line, String rule, String message, String hint) {
        return new Finding(Severity.WARNING, path, line, 0, rule, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line[:column]}, or just the path when the line is unknown. */
    public String location() {
        if (line <= 0) {
            return path;
        }
        return column > 0 ? path + ":" + line + ":" + column : path + ":" + line;
    }
}
