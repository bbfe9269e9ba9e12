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
    /** The environment failure at the root of {@code error}, if any (a library may have wrapped it). */
    public static java.util.Optional<EnvironmentException> in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof EnvironmentException environment) {
                return java.util.Optional.of(environment);
            }
        }
        return java.util.Optional.empty();
    }

    public String hint() {
        return hint;
    }
}
