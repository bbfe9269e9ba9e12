package fr.crefop.stages.content;

import fr.crefop.stages.config.YamlMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;

/**
 * The raw header of a page read again, with line numbers, for the keys that one feature reads itself
 * ({@code points_cles}, the video keys). Empty for generated pages, which have no file.
 */
public final class HeaderMap {

    private HeaderMap() {
    }

    public static Optional<YamlMap> of(SourcePage page) {
        if (!Files.isRegularFile(page.file()) || page.bodyLine() < 3) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(page.file(), StandardCharsets.UTF_8);
            String[] lines = TextScan.lines(text.startsWith("\uFEFF") ? text.substring(1) : text).toArray(String[]::new);
            String yaml = String.join("\n", Arrays.asList(lines).subList(1, Math.min(lines.length, page.bodyLine() - 2)));
            return Optional.of(YamlMap.parse(yaml, page.path(), 1));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + page.file(), e);
        }
    }
}
