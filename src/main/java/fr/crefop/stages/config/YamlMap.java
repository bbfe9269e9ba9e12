package fr.crefop.stages.config;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML mapping read with snakeyaml-engine's composer, so that every key and value keeps its line.
 * Values stay strings (no YAML 1.1 octal or date guessing); typed readers live in the callers.
 */
public final class YamlMap {

    /** One key of the mapping with its value node and its 1-based line in the file. */
    public record Entry(String key, Node value, int line) {
    }

    private final String path;
    private final int lineOffset;
    private final Map<String, Entry> entries;

    private YamlMap(String path, int lineOffset, Map<String, Entry> entries) {
        this.path = path;
        this.lineOffset = lineOffset;
        this.entries = entries;
    }

    /**
     * Parses {@code text} as a YAML mapping.
     *
     * @param path       file path shown in errors
     * @param lineOffset number of file lines before {@code text} (e.g. 1 for front matter after {@code ---})
     */
    public static YamlMap parse(String text, String path, int lineOffset) {
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(path).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1 + lineOffset).orElse(lineOffset + 1);
            throw new SiteException("load", Finding.error(path, line, "yaml",
                    "YAML invalide : " + e.getProblem(),
                    "vérifiez l'indentation et mettez entre guillemets les valeurs qui contiennent « : » ou « # »"), e);
        } catch (YamlEngineException e) {
            throw new SiteException("load", Finding.error(path, lineOffset + 1, "yaml",
                    "YAML invalide : " + e.getMessage(), "vérifiez la syntaxe YAML"), e);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (root.isEmpty()) {
            return new YamlMap(path, lineOffset, entries);
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            throw new SiteException("load", Finding.error(path, line(root.get(), lineOffset), "yaml",
                    "le bloc YAML doit être une liste de clés « clé: valeur »",
                    "écrivez une clé par ligne, par exemple « title: Mon titre »"));
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int keyLine = line(keyNode, lineOffset);
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                throw new SiteException("load", Finding.error(path, keyLine, "yaml",
                        "clé YAML non valide", "une clé est un simple mot suivi de « : »"));
            }
            String key = scalarKey.getValue();
            Entry previous = entries.put(key, new Entry(key, tuple.getValueNode(), keyLine));
            if (previous != null) {
                throw new SiteException("load", Finding.error(path, keyLine, "yaml",
                        "la clé « " + key + " » apparaît deux fois (déjà ligne " + previous.line() + ")",
                        "gardez une seule ligne « " + key + ": »"));
            }
        }
        return new YamlMap(path, lineOffset, entries);
    }

    /** Reads a nested mapping value (e.g. an item of a list of mappings). */
    public YamlMap nested(Node node) {
        if (!(node instanceof MappingNode)) {
            throw error(node, "une liste de clés « clé: valeur » est attendue ici", "");
        }
        Map<String, Entry> nestedEntries = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                nestedEntries.put(key.getValue(), new Entry(key.getValue(), tuple.getValueNode(), line(key, lineOffset)));
            }
        }
        return new YamlMap(path, lineOffset, nestedEntries);
    }

    public String path() {
        return path;
    }

    public Iterable<Entry> entries() {
        return entries.values();
    }

    public Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Optional<String> string(String key) {
        return get(key).map(this::scalar);
    }

    /** The scalar text of an entry; errors when the value is a list or a mapping. */
    public String scalar(Entry entry) {
        if (entry.value() instanceof ScalarNode scalar) {
            return scalar.getValue().strip();
        }
        throw error(entry.value(), "la clé « " + entry.key() + " » attend un texte simple",
                "écrivez « " + entry.key() + ": valeur » sur une seule ligne");
    }

    /** A list of strings, written either as {@code [a, b]}, as a block list, or as a single value. */
    public List<String> strings(Entry entry) {
        List<String> result = new ArrayList<>();
        if (entry.value() instanceof ScalarNode scalar) {
            if (!scalar.getValue().isBlank()) {
                result.add(scalar.getValue().strip());
            }
        } else if (entry.value() instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalarItem)) {
                    throw error(item, "la liste « " + entry.key() + " » ne doit contenir que des textes", "");
                }
                result.add(scalarItem.getValue().strip());
            }
        } else {
            throw error(entry.value(), "la clé « " + entry.key() + " » attend une liste",
                    "écrivez « " + entry.key() + ": [valeur1, valeur2] »");
        }
        return result;
    }

    /** The items of a list value, as nodes. */
    public List<Node> items(Entry entry) {
        if (entry.value() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        throw error(entry.value(), "la clé « " + entry.key() + " » attend une liste", "");
    }

    public SiteException error(Node node, String message, String hint) {
        return new SiteException("load", Finding.error(path, line(node, lineOffset), "yaml", message, hint));
    }

    public SiteException error(Entry entry, String message, String hint) {
        return new SiteException("load", Finding.error(path, entry.line(), "front-matter", message, hint));
    }

    public int line(Node node) {
        return line(node, lineOffset);
    }

    private static int line(Node node, int lineOffset) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + 1 + lineOffset;
    }
}
