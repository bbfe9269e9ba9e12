package fr.crefop.stages.cli;

import fr.crefop.stages.diag.ConsoleReport;
import fr.crefop.stages.diag.EnvironmentException;
import fr.crefop.stages.diag.SiteException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns a failure into a French message and an exit code: the site's findings (1), an environment failure (3),
 * or an internal error (3). A stack trace is printed only with {@code --debug}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    private final boolean debug;

    Failures(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e.getCause() instanceof Error error) {
            return handleError(error, err);
        }
        try {
            if (e instanceof SiteException site) {
                new ConsoleReport(err).print(site.findings());
                err.println("La construction a échoué à l'étape « " + site.step()
                        + " » ; le site publié précédemment n'a pas été modifié.");
                return ExitCodes.SITE_ERRORS;
            }
            if (e instanceof EnvironmentException env) {
                err.println("ERREUR " + env.getMessage());
                if (!env.hint().isEmpty()) {
                    err.println("  conseil : " + env.hint());
                }
            } else {
                internal(e, err);
            }
            return traced(e, err);
        } finally {
            err.flush();
        }
    }

    /** An {@link Error} of the JVM (out of memory, stack overflow outside a page...): a French message, exit code 3. */
    int handleError(Error e, PrintWriter err) {
        try {
            if (e instanceof OutOfMemoryError) {
                err.println("ERREUR mémoire insuffisante pour construire le site (" + e.getClass().getSimpleName() + ")");
                err.println("  conseil : relancez avec plus de mémoire, par exemple JAVA_TOOL_OPTIONS=-Xmx2g, "
                        + "et vérifiez qu'aucun fichier du site n'est démesuré");
            } else if (e instanceof StackOverflowError) {
                err.println("Erreur interne (StackOverflowError) : pile d'appels épuisée");
                err.println(REPORT_HINT);
            } else {
                internal(e, err);
            }
            return traced(e, err);
        } finally {
            err.flush();
        }
    }

    private static final String REPORT_HINT =
            "  conseil : relancez avec --debug et transmettez la sortie aux responsables techniques du site";

    private static void internal(Throwable e, PrintWriter err) {
        err.println("Erreur interne (" + e.getClass().getSimpleName() + ") : "
                + (e.getMessage() == null ? "sans message" : e.getMessage()));
        err.println(REPORT_HINT);
    }

    /** The stack trace in debug mode only; the exit code of an environment or internal failure. */
    private int traced(Throwable e, PrintWriter err) {
        if (debug) {
            e.printStackTrace(err);
        }
        return ExitCodes.ENVIRONMENT;
    }
}
