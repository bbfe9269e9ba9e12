package fr.crefop.stages.diag;

import java.io.PrintWriter;
import java.util.List;

/** Prints findings as one line each, {@code ERROR path:line[:column] message}, then a summary. */
public final class ConsoleReport {

    private final PrintWriter out;

    public ConsoleReport(PrintWriter out) {
        this.out = out;
    }

    public void print(List<Finding> findings) {
        for (Finding finding : findings) {
            out.println(format(finding));
            if (!finding.hint().isBlank()) {
                out.println("  hint: " + finding.hint());
            }
        }
        out.println(summary(findings));
        out.flush();
    }

    public static String format(Finding finding) {
        return finding.severity().name() + " " + finding.location() + " " + finding.message();
    }

    public static String summary(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        return plural(errors, "erreur", "erreurs") + ", " + plural(warnings, "avertissement", "avertissements");
    }

    private static String plural(long count, String one, String many) {
        return count + " " + (count > 1 ? many : one);
    }
}
