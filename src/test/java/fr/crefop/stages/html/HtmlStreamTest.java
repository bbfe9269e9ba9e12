package fr.crefop.stages.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The single forward read of a built page: what it reports, what it writes, and the French spacing it applies. */
class HtmlStreamTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>Qui appeler ? — Site</title>
            <script src="/a.js" defer>if (a < b && c > d) { x = "<p>"; }</script>
            <style>p::before { content: "a:b ?"; }</style></head>
            <body><!-- note : ici -->
            <main id=contenu class="main home"><h1 data-md-pos="0-5">Titre : ici</h1>
            <p data-md-pos="10-40">Lisez <a href="/faq/?q=a:b&amp;r=1">la FAQ</a>? Et <strong>attention</strong> !<br/>Oui&nbsp;?</p>
            <pre><code>a:b ?</code></pre><svg><text>x : y</text></svg><p data-typo-off>Non : rien</p>
            <input type="checkbox" checked id="case-1"><label for="case-1">Fait ?</label>
            <p>Prix : 5 € ; «bonjour» &lt;b&gt; ; 10:30</p></main></body></html>
            """;

    @Test
    void writesThePageAsItWasExceptTheTextItSpacesAndTheAttributesItDrops() {
        String written = new HtmlStream(Set.of("data-md-pos")).pass(PAGE, new Recorder());
        assertThat(written).doesNotContain("data-md-pos");
        assertThat(written.replaceAll(" data-md-pos=\"[^\"]*\"", "")).isEqualTo(PAGE.replaceAll(" data-md-pos=\"[^\"]*\"", ""));
    }

    @Test
    void reportsTagsWithTheirDecodedAttributesAndEndsForVoidElements() {
        Recorder recorder = new Recorder();
        new HtmlStream(Set.of()).pass(PAGE, recorder);
        assertThat(recorder.events).contains("start main id=contenu class=main home", "start a href=/faq/?q=a:b&r=1",
                "start br", "end br", "start input type=checkbox checked= id=case-1", "end input",
                "start h1 data-md-pos=0-5", "end main");
        assertThat(recorder.events).noneMatch(e -> e.contains("x = ") || e.contains("content:"));
        assertThat(recorder.texts).contains("Oui\u00a0?", "Qui appeler ? — Site").doesNotContain(" note : ici ");
    }

    @Test
    void anyTextIsReadWithoutFailureAndWrittenBackAsItWas() {
        String alphabet = "<>/=\"' !-?&;:abp#\n«»";
        java.util.Random random = new java.util.Random(7);
        HtmlStream stream = new HtmlStream(Set.of());
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String page = text.toString();
            assertThat(stream.pass(page, new Recorder())).as(page).isEqualTo(page);
            stream.pass(page, FrenchTypography.streaming()); // spaced or not, it must not fail
        }
    }

    @Test
    void spacesTextLikeTheTreeVersion() {
        assertSameAsTree(PAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Vraiment? <em>oui</em>: <a href=\"#\">non</a>!</p>",
            "<ul><li><strong>Important</strong> : lire</li><li>« cité » ; fin</li></ul>",
            "<p>A<!-- c -->: b ; c</p><p><span>x</span><span>?</span></p>",
            "<table><tr><th>Durée</th><td>1 semaine ; 2 jours</td></tr></table>",
            "<p>Heure : 10:30 ; lien https://ex.fr/a?b=1 ! <kbd>Ctrl : C</kbd> fin</p>",
            "<div><p>Texte</p>? suite</div><p>&laquo;ok&raquo; &amp; d&apos;accord ?</p>",
    })
    void spacesLikeTheTreeVersionInTrickyPlaces(String body) {
        assertSameAsTree("<!DOCTYPE html><html lang=\"fr\"><head><title>T</title></head><body><main>" + body
                + "</main></body></html>");
    }

    private static void assertSameAsTree(String html) {
        Document tree = Jsoup.parse(html);
        tree.outputSettings().prettyPrint(false);
        new fr.crefop.stages.extras.pdf.PdfTypography().apply(tree);
        Document streamed = Jsoup.parse(new HtmlStream(Set.of()).pass(html, FrenchTypography.streaming()));
        streamed.outputSettings().prettyPrint(false);
        assertThat(streamed.outerHtml()).isEqualTo(tree.outerHtml());
        assertThat(streamed.outerHtml()).isNotEqualTo(parsed(html));
    }

    private static String parsed(String html) {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        return document.outerHtml();
    }

    private static final class Recorder implements HtmlStream.Listener {
        final List<String> events = new ArrayList<>();
        final List<String> texts = new ArrayList<>();

        @Override
        public void start(HtmlStream.Tag tag) {
            StringBuilder event = new StringBuilder("start " + tag.name());
            tag.attributes().forEach((k, v) -> event.append(' ').append(k).append('=').append(v));
            events.add(event.toString());
        }

        @Override
        public void end(String name) {
            events.add("end " + name);
        }

        @Override
        public String text(String text) {
            texts.add(text);
            return text;
        }
    }
}
