package fr.crefop.stages.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "serve", description = "Prévisualisation locale avec rechargement (pas encore disponible : "
        + "en attendant, lancez « build » puis ouvrez target/site avec un petit serveur, voir le README).")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("La commande « serve » n'est pas encore disponible : voir le README, section Prévisualiser.");
        return CommandLine.ExitCode.USAGE;
    }
}
