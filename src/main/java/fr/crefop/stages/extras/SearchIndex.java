package fr.crefop.stages.extras;

import fr.crefop.stages.content.JsonText;
import fr.crefop.stages.content.TextScan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search index the browser loads when a reader starts searching ({@code recherche/index.json}):
 * <pre>
 * {"v":1,
 *  "pages":[[url,title,section],…],
 *  "docs":[[page,anchor,heading,text],…],          one per part of a page (text before the first heading, then each heading)
 *  "terms":{"stem":[doc,weight,doc,weight,…],…}}    stems sorted; weight = 10 × in the title + 4 × in the heading + body count (at most 5)
 * </pre>
 * Words are stemmed here by {@link FrenchWords}; the browser stems the query the same way, then scores each part by
 * weight × rarity of the word; a page scores, for each word, its best part plus an eighth of its other parts, plus
 * a bonus when the word is one of its keywords; the link goes to its best part.
 */
public final class SearchIndex {

    static final int TITLE_WEIGHT = 10;
    static final int HEADING_WEIGHT = 4;
    static final int BODY_CAP = 5;

    private SearchIndex() {
    }

    /** The index of these pages, as JSON text; the same pages give the same bytes. */
    public static String json(List<SearchPage> pages) {
        return json(pages, new Memo());
    }

    /**
     * The same, reusing the parts of pages already indexed with {@code memo} (the very same {@link SearchPage}
     * objects): the preview stems again only the pages it rendered again. The memo then keeps these pages only.
     */
    public static String json(List<SearchPage> pages, Memo memo) {
        StringBuilder json = new StringBuilder(64 * 1024);
        try {
            write(pages, memo, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return json.toString();
    }

    /**
     * Writes the index to {@code out} as it goes, so that a large site's index is never held whole in memory (the
     * text of its parts is kept once, in the memo).
     */
    public static void write(List<SearchPage> pages, Memo memo, Appendable out) throws IOException {
        List<Fragment> fragments = new ArrayList<>(pages.size());
        Map<SearchPage, Fragment> used = new IdentityHashMap<>();
        for (SearchPage page : pages) {
            Fragment fragment = memo.fragments.get(page);
            if (fragment == null) {
                fragment = Fragment.of(page);
            }
            used.put(page, fragment);
            fragments.add(fragment);
        }
        memo.fragments = used;
        out.append("{\"v\":1,\"pages\":[");
        for (int p = 0; p < fragments.size(); p++) {
            out.append(p == 0 ? "" : ",").append(fragments.get(p).page());
        }
        out.append("],\"docs\":[");
        int doc = 0;
        Map<String, Postings> terms = new HashMap<>();
        for (int p = 0; p < fragments.size(); p++) {
            Fragment fragment = fragments.get(p);
            for (int i = 0; i < fragment.docs().size(); i++, doc++) {
                out.append(doc == 0 ? "[" : ",[").append(Integer.toString(p)).append(fragment.docs().get(i));
                Weights weights = fragment.weights().get(i);
                for (int w = 0; w < weights.stems().length; w++) {
                    terms.computeIfAbsent(weights.stems()[w], k -> new Postings()).add(doc, weights.weights()[w]);
                }
            }
        }
        out.append("],\"terms\":{");
        String[] stems = terms.keySet().toArray(String[]::new);
        java.util.Arrays.sort(stems);
        StringBuilder line = new StringBuilder(256);
        for (int t = 0; t < stems.length; t++) {
            line.setLength(0);
            line.append(t == 0 ? "" : ",").append(JsonText.string(stems[t])).append(":[");
            terms.get(stems[t]).appendTo(line);
            out.append(line.append(']'));
        }
        out.append("}}\n");
    }

    /** The parts of the index already computed for some pages, kept from one build to the next. */
    public static final class Memo {
        private Map<SearchPage, Fragment> fragments = new IdentityHashMap<>();
    }

    /**
     * What one page brings to the index: its entry in {@code pages}, its parts in {@code docs} (without the page
     * number that opens each of them) and the weight of each stem in each part.
     */
    private record Fragment(String page, List<String> docs, List<Weights> weights) {

        static Fragment of(SearchPage page) {
            String entry = "[" + JsonText.string(page.url()) + "," + JsonText.string(clean(page.title())) + ","
                    + JsonText.string(clean(page.section())) + ","
                    + JsonText.string(String.join(" ", new java.util.TreeSet<>(FrenchWords.stems(String.join(" ", page.tags()))))) + "]";
            List<String> docs = new ArrayList<>();
            List<Weights> weights = new ArrayList<>();
            for (int i = 0; i < page.parts().size(); i++) {
                SearchPage.Part part = page.parts().get(i);
                docs.add("," + JsonText.string(part.anchor()) + "," + JsonText.string(clean(part.heading())) + ","
                        + JsonText.string(clean(part.text())) + "]");
                Map<String, Integer> partWeights = new LinkedHashMap<>();
                if (i == 0) {
                    add(partWeights, page.title(), TITLE_WEIGHT, Integer.MAX_VALUE);
                }
                add(partWeights, part.heading(), HEADING_WEIGHT, Integer.MAX_VALUE);
                Map<String, Integer> body = new LinkedHashMap<>();
                add(body, part.text(), 1, BODY_CAP);
                body.forEach((stem, weight) -> partWeights.merge(stem, weight, Integer::sum));
                weights.add(Weights.of(partWeights));
            }
            return new Fragment(entry, List.copyOf(docs), List.copyOf(weights));
        }
    }

    /** The weight of each stem in one part, in two arrays (kept from build to build by the preview's memo). */
    private record Weights(String[] stems, int[] weights) {

        static Weights of(Map<String, Integer> map) {
            String[] stems = new String[map.size()];
            int[] weights = new int[map.size()];
            int i = 0;
            for (Map.Entry<String, Integer> entry : map.entrySet()) {
                stems[i] = entry.getKey().intern(); // one instance per word of the vocabulary, not per use
                weights[i++] = entry.getValue();
            }
            return new Weights(stems, weights);
        }
    }

    /** The parts a stem is in and its weight there, in part order: {@code doc, weight, doc, weight…}. */
    private static final class Postings {
        private int[] values = new int[4];
        private int size;

        void add(int doc, int weight) {
            if (size + 2 > values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = doc;
            values[size++] = weight;
        }

        void appendTo(StringBuilder json) {
            for (int i = 0; i < size; i += 2) {
                json.append(i == 0 ? "" : ",").append(values[i]).append(',').append(values[i + 1]);
            }
        }
    }

    private static void add(Map<String, Integer> weights, String text, int weight, int cap) {
        for (String stem : FrenchWords.stems(text)) {
            weights.merge(stem, weight, (a, b) -> Math.min(cap, a + b));
        }
    }

    private static String clean(String text) {
        return TextScan.collapseSpaces(text.replace('\u00a0', ' ').replace('\u202f', ' ')).strip();
    }
}
