package fr.crefop.stages.cli;

/** The command line's exit codes, documented in the README and in {@code --help}. */
final class ExitCodes {

    /** Everything went well. */
    static final int OK = 0;
    /** The site has errors (listed on standard error, each with its file and line). */
    static final int SITE_ERRORS = 1;
    /** The command was used wrongly (unknown option, missing argument). */
    static final int USAGE = 2;
    /** The environment failed (disk, rights, port, memory) or an internal error happened. */
    static final int ENVIRONMENT = 3;

    private ExitCodes() {
    }
}
