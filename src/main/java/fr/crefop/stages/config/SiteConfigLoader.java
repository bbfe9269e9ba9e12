package fr.crefop.stages.config;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;
import org.snakeyaml.engine.v2.nodes.Node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and validates {@code site.yaml}. */
public final class SiteConfigLoader {

    private static final Set<String> KEYS = Set.of("title", "tagline", "publisher", "url", "basePath",
            "accessibilityStatus", "navigation", "footer", "contact", "accessibilityDate", "accessibilitySchema",
            "accessibilityPlan");
    private static final Set<String> STATUSES = Set.of("non conforme", "partiellement conforme", "totalement conforme");

    public SiteConfig load(Path siteDir) {
        Path file = siteDir.resolve(SiteConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return SiteConfig.defaults();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        YamlMap yaml = YamlMap.parse(text.replace("\uFEFF", ""), SiteConfig.FILE_NAME, 0);
        for (YamlMap.Entry entry : yaml.entries()) {
            if (!KEYS.contains(entry.key())) {
                throw new SiteException("load", Finding.error(SiteConfig.FILE_NAME, entry.line(), "config",
                        "clé inconnue « " + entry.key() + " » dans site.yaml", "clés possibles : " + String.join(", ", KEYS.stream().sorted().toList())));
            }
        }
        SiteConfig defaults = SiteConfig.defaults();
        String basePath = yaml.string("basePath").orElse(defaults.basePath());
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw yaml.error(yaml.get("basePath").orElseThrow(), "basePath doit commencer et finir par « / »",
                    "par exemple « basePath: / » ou « basePath: /stages/ »");
        }
        String status = yaml.string("accessibilityStatus").orElse(defaults.accessibilityStatus());
        if (!STATUSES.contains(status)) {
            throw yaml.error(yaml.get("accessibilityStatus").orElseThrow(), "état d'accessibilité inconnu « " + status + " »",
                    "valeurs possibles : " + String.join(", ", STATUSES.stream().sorted().toList()));
        }
        String url = yaml.string("url").orElse("");
        if (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return new SiteConfig(
                yaml.string("title").orElse(defaults.title()),
                yaml.string("tagline").orElse(""),
                yaml.string("publisher").orElse(defaults.publisher()),
                url, basePath, status,
                links(yaml, "navigation"),
                links(yaml, "footer"),
                declaration(yaml));
    }

    private static Declaration declaration(YamlMap yaml) {
        Optional<LocalDate> date = Optional.empty();
        Optional<String> written = yaml.string("accessibilityDate").filter(d -> !d.isBlank());
        if (written.isPresent()) {
            try {
                date = Optional.of(LocalDate.parse(written.get().strip()));
            } catch (DateTimeParseException e) {
                throw yaml.error(yaml.get("accessibilityDate").orElseThrow(), "date invalide « " + written.get() + " »",
                        "écrivez la date au format année-mois-jour : accessibilityDate: 2026-12-01");
            }
        }
        for (String key : List.of("accessibilitySchema", "accessibilityPlan")) {
            String address = yaml.string(key).orElse("").strip();
            if (!address.isEmpty() && !address.startsWith("/") && !address.startsWith("https://")) {
                throw yaml.error(yaml.get(key).orElseThrow(), "adresse invalide « " + address + " » pour " + key,
                        "écrivez une adresse du site (/accessibilite/schema-pluriannuel/) ou une adresse https://…");
            }
        }
        return new Declaration(yaml.string("contact").orElse("").strip(), date,
                yaml.string("accessibilitySchema").orElse("").strip(), yaml.string("accessibilityPlan").orElse("").strip());
    }

    private List<MenuLink> links(YamlMap yaml, String key) {
        List<MenuLink> links = new ArrayList<>();
        if (yaml.get(key).isEmpty()) {
            return links;
        }
        for (Node item : yaml.items(yaml.get(key).get())) {
            YamlMap link = yaml.nested(item);
            String title = link.string("title").orElseThrow(() -> yaml.error(item, "lien sans « title »", "ajoutez « title: Texte du lien »"));
            String target = link.string("page").orElseThrow(() -> yaml.error(item, "lien sans « page »",
                    "ajoutez « page: dossier/fichier.md » (le fichier source de la page)"));
            links.add(new MenuLink(title, target, yaml.line(item)));
        }
        return links;
    }
}
