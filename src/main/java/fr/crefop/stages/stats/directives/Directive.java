package fr.crefop.stages.stats.directives;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A statistics directive written in Markdown: {@code {{stat taux_placement territoire=27}}} inline, or
 * {@code {{stats-chart indicateur=taux_placement}}} alone on its line.
 *
 * @param name      {@code stat}, {@code stats-table}, {@code stats-chart}, …
 * @param first     the first bare word ({@code taux_placement} in {@code {{stat taux_placement …}}}), or empty
 * @param arguments the {@code key=value} arguments in order
 */
record Directive(String name, String first, Map<String, String> arguments) {

    static final String OPEN = "{{";
    static final String CLOSE = "}}";

    /** Parses the text between the braces; empty when it is not a statistics directive at all. */
    static Optional<Directive> parse(String inside) {
        String[] words = inside.strip().split("\\s+");
        if (words.length == 0 || !(words[0].equals("stat") || words[0].startsWith("stats-"))) {
            return Optional.empty();
        }
        String first = "";
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            int equals = words[i].indexOf('=');
            if (equals < 0) {
                if (i == 1) {
                    first = words[i];
                } else {
                    arguments.put(words[i], "");
                }
            } else {
                arguments.put(words[i].substring(0, equals), words[i].substring(equals + 1).replace("\"", ""));
            }
        }
        return Optional.of(new Directive(words[0], first, arguments));
    }

    Optional<String> argument(String key) {
        return Optional.ofNullable(arguments.get(key)).filter(v -> !v.isEmpty());
    }

    /** Written back as the editor wrote it, for messages. */
    String written() {
        StringBuilder text = new StringBuilder(OPEN).append(name);
        if (!first.isEmpty()) {
            text.append(' ').append(first);
        }
        arguments.forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
        return text.append(CLOSE).toString();
    }
}
