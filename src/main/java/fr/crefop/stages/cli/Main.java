package fr.crefop.stages.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code build}, {@code check}, {@code serve}, {@code new}. The only place that exits the JVM.
 * Exit codes: 0 success, 1 the site has errors, 2 wrong usage.
 */
@Command(name = "memento-stages", mixinStandardHelpOptions = true, version = "memento-stages 1.0",
        description = "Construit le site Mémento Stages Normandie à partir de content/, templates/, assets/ et data/.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewPageCommand.class},
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:succès", "1:le site contient des erreurs (listées sur la sortie d'erreur)", "2:commande mal utilisée"})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command and returns its exit code (used by tests). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new Failures());
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "indiquez une commande : build, check, serve ou new");
    }
}
