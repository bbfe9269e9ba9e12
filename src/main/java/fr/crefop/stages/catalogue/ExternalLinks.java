package fr.crefop.stages.catalogue;

import fr.crefop.stages.config.YamlMap;
import fr.crefop.stages.content.Audience;
import fr.crefop.stages.content.Level;
import fr.crefop.stages.diag.EnvironmentException;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.diag.SiteException;
import org.snakeyaml.engine.v2.nodes.Node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the external links of the catalogue from {@value #FILE}: a key {@code links} holding a list of
 * {@code title}, {@code url} (https), {@code description}, {@code publisher}, {@code audience}, {@code level}.
 * Their date is the date of the file (last commit, else modification), given by the caller.
 */
final class ExternalLinks {

    static final String FILE = "data/ressources/liens.yaml";

    private ExternalLinks() {
    }

    static List<Resource> load(Path siteRoot, Optional<LocalDate> fileDate, Findings findings) {
        Path file = siteRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EnvironmentException("impossible de lire " + file, "vérifiez les droits de lecture du fichier", e);
        }
        List<Resource> links = new ArrayList<>();
        try {
            YamlMap yaml = YamlMap.parse(text, FILE, 0);
            Optional<YamlMap.Entry> list = yaml.get("links");
            if (list.isEmpty()) {
                findings.add(Finding.error(FILE, 1, "links", "la clé « links » manque",
                        "écrivez « links: » puis un lien par élément de liste (title, url, description, publisher, audience, level)"));
                return List.of();
            }
            for (Node item : yaml.items(list.get())) {
                link(yaml.nested(item), yaml.line(item), fileDate, findings).ifPresent(links::add);
            }
        } catch (SiteException e) {
            findings.addAll(e.findings());
        }
        return links;
    }

    private static Optional<Resource> link(YamlMap item, int line, Optional<LocalDate> date, Findings findings) {
        String title = item.string("title").orElse("");
        String url = item.string("url").orElse("");
        String description = item.string("description").orElse("");
        String publisher = item.string("publisher").orElse("");
        if (title.isEmpty() || description.isEmpty() || publisher.isEmpty()) {
            findings.add(Finding.error(FILE, line, "links", "un lien doit avoir « title », « description » et « publisher »",
                    "complétez le lien : son titre, une phrase sur ce qu'on y trouve, et l'organisme qui le publie"));
            return Optional.empty();
        }
        if (!url.startsWith("https://")) {
            findings.add(Finding.error(FILE, line, "links", "l'adresse du lien « " + title + " » doit commencer par https://",
                    "copiez l'adresse complète de la page officielle"));
            return Optional.empty();
        }
        List<Audience> audiences = new ArrayList<>();
        for (String value : item.get("audience").map(item::strings).orElse(List.of())) {
            Audience.parse(value).ifPresentOrElse(audiences::add, () -> findings.add(Finding.error(FILE, line, "links",
                    "public inconnu « " + value + " » pour le lien « " + title + " »", "valeurs possibles : " + Audience.allowed())));
        }
        List<Level> levels = new ArrayList<>();
        for (String value : item.get("level").map(item::strings).orElse(List.of())) {
            Level.parse(value).ifPresentOrElse(levels::add, () -> findings.add(Finding.error(FILE, line, "links",
                    "niveau inconnu « " + value + " » pour le lien « " + title + " »", "valeurs possibles : " + Level.allowed())));
        }
        if (audiences.isEmpty()) {
            findings.add(Finding.error(FILE, line, "links", "le lien « " + title + " » n'a pas de public (audience)",
                    "ajoutez « audience: [...] » ; valeurs possibles : " + Audience.allowed()));
            return Optional.empty();
        }
        return Optional.of(new Resource(title, description, url, "", publisher, audiences, levels, date));
    }
}
