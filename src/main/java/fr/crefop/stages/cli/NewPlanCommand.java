package fr.crefop.stages.cli;

import fr.crefop.stages.collective.pages.CollectiveGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "stage-collectif", description = "Crée un plan de stage collectif dans data/stages-collectifs/, à partir de la trame type.")
final class NewPlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TITRE", description = "Titre du stage.")
    String title;

    @Option(names = "--source", paramLabel = "DOSSIER", defaultValue = ".", description = "Dossier du site. Défaut : ${DEFAULT-VALUE}")
    Path source;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = DataScaffold.write(spec, source, "data/stages-collectifs", CollectiveGenerator.TRAME_RESOURCE, title);
        spec.commandLine().getOut().println("Plan créé : " + file
                + "\nRemplissez chaque champ (ou « à confirmer ») : la construction signale ce qui manque.");
        return 0;
    }
}
