package fr.crefop.stages.cli;

import fr.crefop.stages.collective.pages.CollectiveGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "initiative", description = "Crée la fiche d'une initiative dans data/initiatives/, à partir du modèle.")
final class NewInitiativeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TITRE", description = "Nom de l'initiative.")
    String title;

    @Option(names = "--source", paramLabel = "DOSSIER", defaultValue = ".", description = "Dossier du site. Défaut : ${DEFAULT-VALUE}")
    Path source;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = DataScaffold.write(spec, source, "data/initiatives", CollectiveGenerator.INITIATIVE_RESOURCE, title);
        spec.commandLine().getOut().println("Initiative créée : " + file
                + "\nRemplissez chaque champ ; ce qui n'est pas connu reste « non communiqué ».");
        return 0;
    }
}
