package fr.crefop.stages.content;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Each scan gives what the regular expression it replaced gave, on tricky texts and on random ones. */
class TextScanTest {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final String ALPHABET = "ab:/.+-1 \t\n\r\u000b\fAéèœ’'\u00a0\u0301«»?#";

    private static List<String> samples() {
        List<String> samples = new ArrayList<>(List.of("", " ", "a", "https://ex.fr", "mailto:x@y", "1http:", "a+b.c-d:e",
                "../page.md", "#ancre", "c:\\\\x", "  deux  espaces ", "\ttab\n\nligne\r\nfin\r", "\n", "\r\n", "x\n",
                "Rôle du tuteur", "sécurité", "Ça coûte 5 €", "e\u0301t\u00e9", "ﬁn", "Ǆ", "javascript:alert(1)"));
        Random random = new Random(42);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            samples.add(text.toString());
        }
        return samples;
    }

    @Test
    void collapseSpacesIsReplaceAllOfSpaces() {
        for (String text : samples()) {
            assertThat(TextScan.collapseSpaces(text)).as(text).isEqualTo(text.replaceAll("\\s+", " "));
        }
    }

    @Test
    void schemeIsTheSchemePattern() {
        for (String text : samples()) {
            Matcher matcher = SCHEME.matcher(text);
            Optional<String> expected = matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
            assertThat(TextScan.scheme(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void linesIsSplitOnLineBreaks() {
        for (String text : samples()) {
            assertThat(TextScan.lines(text)).as(text).isEqualTo(Arrays.asList(text.split("\r?\n", -1)));
        }
    }

    @Test
    void withoutMarksIsNfdWithoutMarks() {
        for (String text : samples()) {
            assertThat(TextScan.withoutMarks(text)).as(text)
                    .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").transform(
                            s -> text.chars().allMatch(c -> c < 0x80) ? text : s));
        }
    }
}
