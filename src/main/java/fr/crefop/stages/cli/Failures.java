package fr.crefop.stages.cli;

import fr.crefop.stages.diag.ConsoleReport;
import fr.crefop.stages.diag.SiteException;
import picocli.CommandLine;

/** Turns a failed build into its findings on standard error and exit code 1; anything else is a bug: exit 1 with its trace. */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    static final int SITE_ERRORS = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof SiteException site) {
            new ConsoleReport(commandLine.getErr()).print(site.findings());
            commandLine.getErr().println("La construction a échoué à l'étape « " + site.step()
                    + " » ; le site publié précédemment n'a pas été modifié.");
            commandLine.getErr().flush();
            return SITE_ERRORS;
        }
        commandLine.getErr().println("Erreur interne : " + e);
        e.printStackTrace(commandLine.getErr());
        return SITE_ERRORS;
    }
}
