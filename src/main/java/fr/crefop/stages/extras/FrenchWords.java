package fr.crefop.stages.extras;

import fr.crefop.stages.content.TextScan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a French text as the search sees them: lower case, accents folded (« sécurité » → securite),
 * elisions removed (« l'assurance » → assurance), stop words left out, and a light stem that joins plurals and
 * common inflections (« conventions » → convention, « accueillir » → accueil, « sécurité » → securit).
 *
 * <p>{@code assets/js/search.js} applies exactly the same rules to what the reader types; a browser test compares
 * the two on a table of words. Change both together.
 */
public final class FrenchWords {

    /** Elided words ({@code l'}, {@code jusqu'}…), removed from the start of a word. */
    private static final Set<String> ELIDED = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu");

    /** Folded French stop words: articles, pronouns, prepositions, auxiliaries. */
    static final Set<String> STOP_WORDS = Set.of("a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de",
            "des", "du", "elle", "elles", "en", "est", "et", "etre", "il", "ils", "je", "la", "le", "les", "leur",
            "leurs", "lui", "ma", "mais", "me", "mes", "mon", "ne", "nos", "notre", "nous", "on", "ont", "ou", "par",
            "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "si", "son", "sont", "sur", "ta", "te", "tes",
            "ton", "tu", "un", "une", "vos", "votre", "vous", "y");

    /** Suffixes removed by {@link #stem}, the first that fits, with the letters the stem must keep. */
    private static final String[][] SUFFIXES = {
            {"ements", "4"}, {"ement", "4"}, {"ations", "4"}, {"ation", "4"}, {"ent", "5"}, {"ir", "4"},
            {"er", "4"}, {"ez", "4"}, {"ee", "4"}, {"e", "4"}};

    private FrenchWords() {
    }

    /** Lower case, accents and ligatures folded, typographic apostrophes made straight. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02bc', '\'')
                .replace("œ", "oe").replace("æ", "ae");
        return TextScan.withoutMarks(lower);
    }

    /** The stems of a text's words, in order, stop words left out. */
    public static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        for (String word : words(text)) {
            stems.add(stem(word));
        }
        return stems;
    }

    /** The folded words of a text, in order, without elisions or stop words. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String folded = fold(text);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            boolean inWord = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                add(folded.substring(start, i), words);
                start = -1;
            }
        }
        return words;
    }

    /** Keeps a word (letters, digits and apostrophes), its elision and apostrophes removed, unless it is a stop word. */
    private static void add(String raw, List<String> words) {
        int apostrophe = raw.indexOf('\'');
        String word = apostrophe > 0 && ELIDED.contains(raw.substring(0, apostrophe)) ? raw.substring(apostrophe + 1) : raw;
        word = word.indexOf('\'') < 0 ? word : word.replace("'", "");
        if (!word.isEmpty() && !STOP_WORDS.contains(word) && (word.length() > 1 || Character.isDigit(word.charAt(0)))) {
            words.add(word);
        }
    }

    /** The light stem of a folded word. */
    public static String stem(String word) {
        String w = word;
        if (w.chars().allMatch(Character::isDigit)) {
            return w;
        }
        if (w.length() > 4 && w.endsWith("aux")) {
            w = w.substring(0, w.length() - 3) + "al";
        } else if (w.length() > 3 && (w.endsWith("s") || w.endsWith("x"))) {
            w = w.substring(0, w.length() - 1);
        }
        for (String[] suffix : SUFFIXES) {
            if (w.endsWith(suffix[0]) && w.length() - suffix[0].length() >= Integer.parseInt(suffix[1])) {
                w = w.substring(0, w.length() - suffix[0].length());
                break;
            }
        }
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiouy".indexOf(w.charAt(n - 1)) < 0) {
            w = w.substring(0, n - 1);
        }
        return w;
    }
}
