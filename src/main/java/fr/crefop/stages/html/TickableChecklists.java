package fr.crefop.stages.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checklists that can be ticked on screen: each box drawn by the Markdown ({@code - [ ]}) becomes a real checkbox,
 * named by its item's text through a {@code <label>}. Without JavaScript the boxes can be ticked (not kept);
 * {@code assets/js/checklists.js} keeps the ticks in the browser. On paper the boxes print empty and each section
 * holding a checklist starts a page (site.css).
 */
public final class TickableChecklists implements HtmlTransform {

    /** Elements a label cannot hold: the item's text stops before them (e.g. a nested list). */
    private static final Set<String> BLOCKS = Set.of("ul", "ol", "p", "div", "table", "blockquote", "pre", "dl", "figure");

    @Override
    public String name() {
        return "cases à cocher";
    }

    @Override
    public void apply(Document document) {
        int count = 0;
        for (Element box : document.select("li.checklist__item span.checklist__box")) {
            count++;
            tickable(box, "case-" + count);
        }
        for (Element list : document.select("ul.checklist")) {
            markHeading(list);
        }
    }

    /** The heading of a section that holds a checklist: on paper, such a section starts a page (site.css). */
    private static void markHeading(Element list) {
        for (Element before = list.previousElementSibling(); before != null; before = before.previousElementSibling()) {
            if (before.normalName().equals("h2")) {
                before.addClass("checklist-heading");
                return;
            }
        }
    }

    private static void tickable(Element box, String id) {
        boolean done = box.hasClass("checklist__box--done");
        Element next = box.nextElementSibling();
        if (done && next != null && next.hasClass("sr-only")) {
            next.remove(); // « (fait) »: the checked box says it
        }
        List<Node> text = new ArrayList<>();
        for (Node node = box.nextSibling(); node != null; node = node.nextSibling()) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                break;
            }
            text.add(node);
        }
        Element input = new Element("input").attr("type", "checkbox").addClass("checklist__input").attr("id", id);
        if (done) {
            input.attr("checked", true);
        }
        Element label = new Element("label").addClass("checklist__label").attr("for", id);
        box.replaceWith(input);
        input.after(label);
        for (Node node : text) {
            label.appendChild(node);
        }
    }
}
