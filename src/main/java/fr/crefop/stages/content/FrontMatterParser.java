package fr.crefop.stages.content;

import fr.crefop.stages.config.YamlMap;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.diag.SiteException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Splits a Markdown file into its YAML front matter ({@code ---} … {@code ---}) and body, and types the header. */
public final class FrontMatterParser {

    /** The header and body of one file. */
    public record Parsed(FrontMatter frontMatter, String body, int bodyLine) {
    }

    static final Set<String> KEYS = Set.of("title", "description", "layout", "type", "date", "status", "tags",
            "audience", "level", "aliases", "order", "toc", "a_revoir", "a_revoir_motif",
            // read by the kit (flyers) and the video pages themselves
            "points_cles", "etat", "file", "external", "captions", "poster", "duration", "chapters", "credits");

    private final Set<String> layouts;

    /** @param layouts the layouts that exist in {@code templates/} */
    public FrontMatterParser(Set<String> layouts) {
        this.layouts = new TreeSet<>(layouts);
    }

    /**
     * @param text     the whole file
     * @param path     its path relative to the site folder, for messages
     * @param warnings where warnings (unknown keys) go; errors are thrown
     */
    public Parsed parse(String text, String path, Findings warnings) {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = TextScan.lines(source).toArray(String[]::new);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new SiteException("load", Finding.error(path, 1, "front-matter",
                    "la page ne commence pas par un en-tête « --- »",
                    "avez-vous oublié d'ouvrir l'en-tête ? La première ligne doit être « --- », suivie de « title: … », puis d'une ligne « --- »"));
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new SiteException("load", Finding.error(path, 1, "front-matter",
                    "l'en-tête ouvert ligne 1 n'est jamais fermé",
                    "avez-vous oublié la ligne « --- » qui ferme l'en-tête, avant le texte de la page ?"));
        }
        String yaml = String.join("\n", java.util.Arrays.asList(lines).subList(1, close));
        YamlMap map = YamlMap.parse(yaml, path, 1);
        FrontMatter frontMatter = type(map, path, warnings);
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(close + 1, lines.length));
        return new Parsed(frontMatter, body, close + 2);
    }

    private FrontMatter type(YamlMap map, String path, Findings warnings) {
        for (YamlMap.Entry entry : map.entries()) {
            if (!KEYS.contains(entry.key())) {
                warnings.add(Finding.warning(path, entry.line(), "front-matter",
                        "clé d'en-tête inconnue « " + entry.key() + " » (ignorée)",
                        "clés possibles : " + String.join(", ", new TreeSet<>(KEYS))));
            }
        }
        boolean draft = map.get("status").map(e -> status(map, e)).orElse(false);
        String title = map.get("title").map(map::scalar).orElse("");
        if (title.isBlank()) {
            throw new SiteException("load", Finding.error(path, map.get("title").map(YamlMap.Entry::line).orElse(2),
                    "front-matter", "la page n'a pas de titre",
                    "ajoutez une ligne « title: Titre de la page » dans l'en-tête"));
        }
        String description = map.get("description").map(map::scalar).orElse("");
        if (description.isBlank() && !draft) {
            throw new SiteException("load", Finding.error(path, map.get("description").map(YamlMap.Entry::line).orElse(2),
                    "front-matter", "la page n'a pas de description",
                    "ajoutez « description: une phrase qui résume la page » (elle apparaît dans les moteurs de recherche)"));
        }
        return new FrontMatter(FrenchText.typeset(title), FrenchText.typeset(description), layout(map), date(map), draft,
                map.get("tags").map(map::strings).orElse(List.of()),
                audiences(map), levels(map),
                aliases(map),
                order(map), toc(map), review(map));
    }

    /** Old addresses, each with its own line; one that could leave the site folder is an error. */
    private List<Alias> aliases(YamlMap map) {
        List<Alias> result = new ArrayList<>();
        map.get("aliases").ifPresent(entry -> {
            List<Node> items = entry.value() instanceof SequenceNode ? map.items(entry) : List.of(entry.value());
            List<String> values = map.strings(entry);
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                int line = items.size() == values.size() ? map.line(items.get(i)) : entry.line();
                AliasRules.problem(value).ifPresent(problem -> {
                    throw new SiteException("load", Finding.error(map.path(), line, "address", problem, AliasRules.hint()));
                });
                result.add(new Alias(Addresses.normaliseAlias(value), line));
            }
        });
        return result;
    }

    private boolean status(YamlMap map, YamlMap.Entry entry) {
        String value = map.scalar(entry);
        return switch (value) {
            case "draft" -> true;
            case "published" -> false;
            default -> throw map.error(entry, "statut inconnu « " + value + " »", "écrivez « status: draft » ou « status: published »");
        };
    }

    private String layout(YamlMap map) {
        Optional<YamlMap.Entry> entry = map.get("layout").or(() -> map.get("type"));
        if (entry.isEmpty()) {
            return FrontMatter.DEFAULT_LAYOUT;
        }
        String layout = map.scalar(entry.get());
        if (!layouts.contains(layout)) {
            throw map.error(entry.get(), "mise en page inconnue « " + layout + " »",
                    "mises en page disponibles : " + String.join(", ", layouts) + " (fichiers templates/<nom>.ftl)");
        }
        return layout;
    }

    private Optional<LocalDate> date(YamlMap map) {
        return isoDate(map, "date");
    }

    private Optional<Review> review(YamlMap map) {
        Optional<Review> review = isoDate(map, "a_revoir").map(until -> new Review(until,
                map.get("a_revoir_motif").map(map::scalar).map(String::strip).orElse(""),
                map.get("a_revoir").map(YamlMap.Entry::line).orElse(1)));
        if (review.isEmpty() && map.get("a_revoir_motif").isPresent()) {
            throw map.error(map.get("a_revoir_motif").get(), "« a_revoir_motif » sans date « a_revoir »",
                    "ajoutez la date jusqu'à laquelle la page est juste, par exemple « a_revoir: 2026-06-30 »");
        }
        return review;
    }

    private Optional<LocalDate> isoDate(YamlMap map, String key) {
        return map.get(key).map(entry -> {
            String value = map.scalar(entry);
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw map.error(entry, "date invalide « " + value + " »",
                        "écrivez la date au format AAAA-MM-JJ, par exemple « " + key + ": 2025-10-06 »");
            }
        });
    }

    private List<Audience> audiences(YamlMap map) {
        List<Audience> result = new ArrayList<>();
        map.get("audience").ifPresent(entry -> {
            for (String value : map.strings(entry)) {
                result.add(Audience.parse(value).orElseThrow(() -> map.error(entry, "public inconnu « " + value + " »",
                        "publics possibles : " + Audience.allowed())));
            }
        });
        return result;
    }

    private List<Level> levels(YamlMap map) {
        List<Level> result = new ArrayList<>();
        map.get("level").ifPresent(entry -> {
            for (String value : map.strings(entry)) {
                result.add(Level.parse(value).orElseThrow(() -> map.error(entry, "niveau inconnu « " + value + " »",
                        "niveaux possibles : " + Level.allowed())));
            }
        });
        return result;
    }

    private int order(YamlMap map) {
        return map.get("order").map(entry -> {
            String value = map.scalar(entry);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw map.error(entry, "ordre invalide « " + value + " »", "écrivez un nombre entier, par exemple « order: 20 »");
            }
        }).orElse(FrontMatter.DEFAULT_ORDER);
    }

    private Optional<Boolean> toc(YamlMap map) {
        return map.get("toc").map(entry -> {
            String value = map.scalar(entry);
            return switch (value) {
                case "true", "oui" -> true;
                case "false", "non" -> false;
                default -> throw map.error(entry, "valeur invalide « " + value + " » pour toc", "écrivez « toc: true » ou « toc: false »");
            };
        });
    }
}
