package fr.crefop.stages.markdown;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One piece of raw HTML written in a Markdown page, read tag by tag as a browser's tokenizer reads it (jsoup, XML
 * tree builder so that every tag is seen where it is written, none moved or merged). Tells what {@link HtmlPolicy}
 * refuses, and gives the HTML to publish: comments removed (they are notes between editors) and each start tag
 * marked with its source offset, so that a later check can name the Markdown line.
 */
final class RawHtml {

    /** A problem at an index of the fragment. */
    record Refusal(int index, String message, String hint) {
    }

    /** The result: problems, and the HTML to publish when there are none. */
    record Reading(List<Refusal> refusals, String html) {
    }

    /** Appended to the fragment: found intact only when the fragment closes all its tags and comments. */
    private static final String SENTINEL = "md-fragment-end";
    private static final Pattern END_TAG = Pattern.compile("</([A-Za-z][^\\s/>]*)");
    private static final Pattern TAG_NAME = Pattern.compile("<([^\\s/>]+)");

    private RawHtml() {
    }

    /**
     * @param text   the raw HTML as written (without Markdown prefixes such as {@code > })
     * @param offset maps an index in {@code text} to its offset in the page body
     */
    static Reading read(String text, java.util.function.IntUnaryOperator offset) {
        org.jsoup.nodes.Document parsed = Parser.xmlParser().setTrackPosition(true)
                .parseInput(text + "<" + SENTINEL + "/>", "");
        List<Refusal> refusals = new ArrayList<>();
        char[] masked = text.toCharArray();
        TreeMap<Integer, String> inserts = new TreeMap<>();
        List<int[]> removed = new ArrayList<>();
        boolean closed = parsed.getElementsByTag(SENTINEL).stream()
                .anyMatch(sentinel -> sentinel.sourceRange().startPos() == text.length());
        List<Node> pending = new ArrayList<>(parsed.childNodes());
        while (!pending.isEmpty()) {
            Node node = pending.remove(0);
            int start = node.sourceRange().startPos();
            int end = node instanceof Element e && e.endSourceRange().isTracked()
                    ? e.endSourceRange().endPos() : node.sourceRange().endPos();
            if (node instanceof Element element && element.normalName().equals(SENTINEL)) {
                continue;
            }
            if (node instanceof TextNode) {
                continue;
            }
            if (node instanceof Comment) {
                removed.add(new int[]{start, Math.min(end, text.length())});
                mask(masked, start, end);
                continue;
            }
            if (!(node instanceof Element element)) {
                refusals.add(new Refusal(start, "construction HTML interdite dans une page : « "
                        + shorten(text.substring(start, Math.min(end, text.length()))) + " »",
                        "écrivez le texte en Markdown ; balises HTML possibles : " + HtmlPolicy.allowedList()));
                mask(masked, start, end);
                continue;
            }
            String name = element.normalName().toLowerCase(Locale.ROOT);
            if (!HtmlPolicy.allows(name)) {
                refusals.add(new Refusal(start, "balise HTML <" + name + "> interdite dans une page", HtmlPolicy.hintFor(name)));
                mask(masked, start, end);
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (!HtmlPolicy.allows(name, key)) {
                    refusals.add(new Refusal(start, "attribut « " + key + " » interdit sur <" + name + ">",
                            HtmlPolicy.hintFor(name, key)));
                }
            }
            int tagEnd = element.sourceRange().endPos();
            mask(masked, start, tagEnd);
            if (element.endSourceRange().isTracked()) {
                mask(masked, element.endSourceRange().startPos(), element.endSourceRange().endPos());
            }
            Matcher tag = TAG_NAME.matcher(text).region(start, text.length());
            if (tag.lookingAt()) {
                inserts.put(tag.end(), " " + MarkdownRenderer.SOURCE_POSITION + "=\"" + offset.applyAsInt(start)
                        + "-" + offset.applyAsInt(Math.max(start, tagEnd - 1)) + "\"");
            }
            pending.addAll(0, element.childNodes());
        }
        if (!closed) {
            refusals.add(new Refusal(Math.max(0, text.lastIndexOf('<')), "balise HTML ou commentaire non fermé",
                    "fermez chaque balise par > et chaque commentaire par -->"));
        }
        Matcher endTag = END_TAG.matcher(new String(masked));
        while (endTag.find()) {
            String name = endTag.group(1).toLowerCase(Locale.ROOT);
            if (!HtmlPolicy.allows(name)) {
                refusals.add(new Refusal(endTag.start(), "balise HTML <" + name + "> interdite dans une page",
                        HtmlPolicy.hintFor(name)));
            }
        }
        return new Reading(refusals, refusals.isEmpty() ? publishable(text, inserts, removed) : "");
    }

    private static String publishable(String text, TreeMap<Integer, String> inserts, List<int[]> removed) {
        StringBuilder html = new StringBuilder(text.length() + 32 * inserts.size());
        for (int i = 0; i <= text.length(); i++) {
            String insert = inserts.get(i);
            if (insert != null) {
                html.append(insert);
            }
            if (i < text.length() && !inside(removed, i)) {
                html.append(text.charAt(i));
            }
        }
        return html.toString();
    }

    private static boolean inside(List<int[]> ranges, int index) {
        for (int[] range : ranges) {
            if (index >= range[0] && index < range[1]) {
                return true;
            }
        }
        return false;
    }

    private static void mask(char[] text, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, text.length); i++) {
            text[i] = ' ';
        }
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 59) + "…" : line;
    }
}
