package fr.crefop.stages.pipeline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's HTML is produced once (flexmark inside a Freemarker layout) and read once, forward, by the post step:
 * no code on the way from the bake to the written page builds a tree of it. Jsoup stays in the places where it is
 * the right tool: the PDF (which needs a document), checking raw HTML an editor wrote, and the tests.
 */
class SingleReadTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/crefop/stages");
    /** Packages on the page's way from the bake to the written file. */
    private static final List<String> ON_THE_WAY = List.of("pipeline", "check", "extras", "html", "bake", "view", "kit",
            "serve", "catalogue", "stats", "collective", "video", "testimony");

    @Test
    void noCodeOnThePagesWayParsesItIntoATree() throws IOException {
        List<String> parsing;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            parsing = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> ON_THE_WAY.contains(SOURCES.relativize(f).getName(0).toString()))
                    .filter(f -> !SOURCES.relativize(f).startsWith("extras/pdf"))
                    .filter(SingleReadTest::parsesHtml)
                    .map(f -> SOURCES.relativize(f).toString()).sorted().toList();
        }
        assertThat(parsing).as("classes that parse a page into a tree").isEmpty();
    }

    @Test
    void theCheckOnItselfFindsAParse() {
        assertThat(parsesHtml("Document d = Jsoup.parse(html);")).isTrue();
        assertThat(parsesHtml("import org.jsoup.nodes.Document;")).isTrue();
        assertThat(parsesHtml("Parser.unescapeEntities(text, false)")).isFalse();
    }

    private static boolean parsesHtml(Path file) {
        try {
            return parsesHtml(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean parsesHtml(String source) {
        return source.contains("Jsoup.parse") || source.contains("Jsoup.parseBodyFragment")
                || source.contains("import org.jsoup.nodes.Document;") || source.contains("W3CDom");
    }
}
