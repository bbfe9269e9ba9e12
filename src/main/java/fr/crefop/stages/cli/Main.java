package fr.crefop.stages.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The command line: {@code build}, {@code check}, {@code serve}, {@code new}. The only place that exits the JVM.
 * Exit codes ({@link ExitCodes}): 0 success, 1 the site has errors, 2 wrong usage, 3 environment or internal error.
 * {@code --debug}, anywhere on the line, adds the stack trace of an environment or internal error.
 * Every command answers {@code -h}/{@code --help} with its usage in French.
 */
@Command(name = "memento-stages", versionProvider = PomVersion.class,
        description = "Construit le site Mémento Stages Normandie à partir de content/, templates/, assets/ et data/.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewPageCommand.class},
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:succès", "1:le site contient des erreurs (listées sur la sortie d'erreur)", "2:commande mal utilisée",
                "3:problème d'environnement (disque, droits, port, mémoire) ou erreur interne ; --debug affiche la trace"},
        footer = {"", "Aide d'une commande : memento-stages COMMANDE --help (par exemple memento-stages serve --help)."})
public final class Main implements Runnable {

    @Mixin
    HelpOption help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Affiche la version et s'arrête.")
    boolean version;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final boolean debug;

    private Main(boolean debug) {
        this.debug = debug;
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command and returns its exit code (used by tests). */
    public static int execute(String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        String[] rest = java.util.Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        CommandLine commandLine = new CommandLine(new Main(debug));
        inFrench(commandLine);
        Failures failures = new Failures(debug);
        commandLine.setExecutionExceptionHandler(failures);
        try {
            return commandLine.execute(rest);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler: out of memory and other errors end here
            return failures.handleError(e, commandLine.getErr());
        }
    }

    /** True when {@code --debug} was given: stack traces are printed. */
    boolean debug() {
        return debug;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "indiquez une commande : build, check, serve ou new");
    }

    /** French headings for the usage of every command; the exit codes in each. */
    private static void inFrench(CommandLine root) {
        CommandLine.Model.UsageMessageSpec main = root.getCommandSpec().usageMessage();
        for (CommandLine command : java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getSubcommands().values().stream()).toList()) {
            CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
            usage.synopsisHeading("Utilisation : ").commandListHeading("Commandes :%n")
                    .exitCodeListHeading(main.exitCodeListHeading()).exitCodeList(main.exitCodeList());
        }
    }
}
