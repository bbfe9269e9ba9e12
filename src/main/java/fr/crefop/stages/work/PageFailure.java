package fr.crefop.stages.work;

import fr.crefop.stages.diag.EnvironmentException;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.IoFailure;

import java.io.IOException;

/**
 * Turns a failure while handling one page (Markdown, template, post-processing) into a finding that names the page,
 * so that one broken page never ends the build with a stack trace. Failures of the machine are not the page's: an
 * {@link EnvironmentException} or an {@link Error} other than a stack overflow (out of memory) is rethrown as it is,
 * and an input/output failure becomes an {@link EnvironmentException}.
 */
public final class PageFailure {

    static final String NESTING_HINT = "réduisez l'imbrication des citations « > », des listes et des mises en forme "
            + "(voir « Limites » dans le README)";

    private PageFailure() {
    }

    /**
     * @param path  the page's source path relative to the site folder, e.g. {@code content/x.md}
     * @param step  what was being done, in French, e.g. « la mise en page »
     * @param error what was thrown
     * @return the finding to report
     */
    public static Finding of(String path, String step, Throwable error) {
        if (error instanceof StackOverflowError) {
            return Finding.error(path, 0, "nesting", "la page est trop imbriquée pour être produite (" + step
                    + " a dépassé la profondeur que le moteur peut suivre)", NESTING_HINT);
        }
        if (error instanceof EnvironmentException environment) {
            throw environment;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                throw IoFailure.of("impossible de produire la page " + path, io);
            }
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return Finding.error(path, 0, "page", "la page n'a pas pu être produite (" + step + ") : "
                + message.lines().findFirst().orElse(""), "relancez avec --debug pour le détail, puis corrigez la page");
    }
}
