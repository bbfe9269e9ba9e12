package fr.crefop.stages.extras;

import fr.crefop.stages.content.TextScan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        json.append("{\"v\":1,\"pages\":[");
        StringBuilder docs = new StringBuilder(64 * 1024);
        int doc = 0;
        Map<String, Map<Integer, Integer>> terms = new TreeMap<>();
        Map<SearchPage, Fragment> used = new IdentityHashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            SearchPage page = pages.get(p);
            Fragment fragment = memo.fragments.get(page);
            if (fragment == null) {
                fragment = Fragment.of(page);
            }
            used.put(page, fragment);
            json.append(p == 0 ? "" : ",").append(fragment.page());
            for (int i = 0; i < fragment.docs().size(); i++, doc++) {
                docs.append(doc == 0 ? "[" : ",[").append(p).append(fragment.docs().get(i));
                int current = doc;
                fragment.weights().get(i).forEach((stem, weight) ->
                        terms.computeIfAbsent(stem, k -> new TreeMap<>()).put(current, weight));
            }
        }
        memo.fragments = used;
        json.append("],\"docs\":[").append(docs).append("],\"terms\":{");
        boolean first = true;
        for (Map.Entry<String, Map<Integer, Integer>> term : terms.entrySet()) {
            json.append(first ? "" : ",").append(Json.string(term.getKey())).append(":[");
            first = false;
            boolean firstPosting = true;
            for (Map.Entry<Integer, Integer> posting : term.getValue().entrySet()) {
                json.append(firstPosting ? "" : ",").append(posting.getKey()).append(',').append(posting.getValue());
                firstPosting = false;
            }
            json.append(']');
        }
        return json.append("}}\n").toString();
    }

    /** The parts of the index already computed for some pages, kept from one build to the next. */
    public static final class Memo {
        private Map<SearchPage, Fragment> fragments = new IdentityHashMap<>();
    }

    /**
     * What one page brings to the index: its entry in {@code pages}, its parts in {@code docs} (without the page
     * number that opens each of them) and the weight of each stem in each part.
     */
    private record Fragment(String page, List<String> docs, List<Map<String, Integer>> weights) {

        static Fragment of(SearchPage page) {
            String entry = "[" + Json.string(page.url()) + "," + Json.string(clean(page.title())) + ","
                    + Json.string(clean(page.section())) + ","
                    + Json.string(String.join(" ", new java.util.TreeSet<>(FrenchWords.stems(String.join(" ", page.tags()))))) + "]";
            List<String> docs = new ArrayList<>();
            List<Map<String, Integer>> weights = new ArrayList<>();
            for (int i = 0; i < page.parts().size(); i++) {
                SearchPage.Part part = page.parts().get(i);
                docs.add("," + Json.string(part.anchor()) + "," + Json.string(clean(part.heading())) + ","
                        + Json.string(clean(part.text())) + "]");
                Map<String, Integer> partWeights = new LinkedHashMap<>();
                if (i == 0) {
                    add(partWeights, page.title(), TITLE_WEIGHT, Integer.MAX_VALUE);
                }
                add(partWeights, part.heading(), HEADING_WEIGHT, Integer.MAX_VALUE);
                Map<String, Integer> body = new LinkedHashMap<>();
                add(body, part.text(), 1, BODY_CAP);
                body.forEach((stem, weight) -> partWeights.merge(stem, weight, Integer::sum));
                weights.add(partWeights);
            }
            return new Fragment(entry, List.copyOf(docs), List.copyOf(weights));
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
