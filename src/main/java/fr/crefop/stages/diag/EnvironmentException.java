package fr.crefop.stages.diag;

/**
 * The machine, not the site, stopped the build: disk full, output not writable, port in use, out of memory...
 * Carries a French message naming the path or port, and a hint. The command line turns it into exit code 3,
 * without a stack trace unless {@code --debug}.
 */
public class EnvironmentException extends RuntimeException {

    private final String hint;

    public EnvironmentException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint == null ? "" : hint;
    }

    public EnvironmentException(String message, String hint) {
        this(message, hint, null);
    }

    /** How to fix it, in French, or an empty string. */
    public String hint() {
        return hint;
    }
}
