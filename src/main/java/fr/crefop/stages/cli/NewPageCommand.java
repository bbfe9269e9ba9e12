package fr.crefop.stages.cli;

import fr.crefop.stages.content.Slugs;
import fr.crefop.stages.diag.IoFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "new", description = "Crée une nouvelle page Markdown avec son en-tête, prête à remplir ; "
        + "« new stage-collectif \"Titre\" » et « new initiative \"Titre\" » créent un plan ou une initiative.",
        subcommands = {NewPlanCommand.class, NewInitiativeCommand.class})
final class NewPageCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "DOSSIER", description = "Dossier de la page dans content/, par exemple « memento ».", defaultValue = "")
    String folder;

    @Option(names = "--title", paramLabel = "TITRE", description = "Titre de la page (obligatoire).")
    String title;

    @Option(names = "--source", paramLabel = "DOSSIER", defaultValue = ".", description = "Dossier du site. Défaut : ${DEFAULT-VALUE}")
    Path source;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (title == null || title.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "indiquez le titre de la page avec --title \"Titre\"");
        }
        Path file = source.resolve("content").resolve(folder).resolve(Slugs.slug(title) + ".md").normalize();
        if (!file.startsWith(source.resolve("content").normalize())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "le dossier doit être dans content/");
        }
        if (Files.exists(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "la page existe déjà : " + file);
        }
        String text = "---\n"
                + "title: \"" + title.replace("\"", "\\\"") + "\"\n"
                + "description: \"Une phrase qui résume la page (moins de 160 caractères).\"\n"
                + "status: draft\n"
                + "audience: [entreprises]\n"
                + "---\n\n"
                + "Premier paragraphe : à qui s'adresse la page et ce qu'on y trouve.\n\n"
                + "## Premier intertitre\n\n"
                + "Texte.\n\n"
                + "!!! sources\n"
                + "    - [Titre de la source](https://exemple.fr) — éditeur\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw IoFailure.write(file, e);
        }
        spec.commandLine().getOut().println("Page créée (brouillon) : " + file);
        return 0;
    }
}
