package fr.crefop.stages.cli;

import fr.crefop.stages.collective.pages.CollectiveGenerator;
import fr.crefop.stages.content.Slugs;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a new data file from a model shipped in the jar, with its title filled in. */
final class DataScaffold {

    private DataScaffold() {
    }

    /**
     * @param folder   the data folder, relative to the site folder (e.g. {@code data/initiatives})
     * @param resource the model
     * @return the file written
     */
    static Path write(CommandLine.Model.CommandSpec spec, Path source, String folder, String resource, String title) {
        String slug = Slugs.slug(title);
        if (slug.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "le titre doit contenir au moins une lettre ou un chiffre");
        }
        Path root = source.toAbsolutePath().normalize();
        Path file = root.resolve(folder).resolve(slug + ".yaml").normalize();
        if (!file.startsWith(root.resolve(folder))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "le fichier doit rester dans " + folder + "/");
        }
        if (Files.exists(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "le fichier existe déjà : " + file);
        }
        String model = new String(CollectiveGenerator.resource(resource), StandardCharsets.UTF_8);
        String text = model.replaceFirst("(?m)^titre: \"\"$", java.util.regex.Matcher.quoteReplacement(
                "titre: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }
}
