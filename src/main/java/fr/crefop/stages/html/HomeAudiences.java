package fr.crefop.stages.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * On the home page, groups each audience entry point (« Je suis une entreprise »…: an h2 whose id starts with
 * {@code je-suis}, and what follows it up to the next h2) in a {@code <section class="audience">}, and the
 * consecutive ones in a {@code <div class="audiences">}, so that the stylesheet can set them side by side on wide
 * screens. The reading order stays the order of the text.
 */
public final class HomeAudiences implements HtmlTransform {

    @Override
    public String name() {
        return "accueil en colonnes";
    }

    @Override
    public void apply(Document document) {
        Element body = document.selectFirst("main.home .home-body");
        if (body == null) {
            return;
        }
        Element group = null;
        for (Element heading : body.select("> h2[id^=je-suis]")) {
            List<Node> members = new ArrayList<>();
            members.add(heading);
            for (Node next = heading.nextSibling(); next != null
                    && !(next instanceof Element e && e.normalName().equals("h2")); next = next.nextSibling()) {
                members.add(next);
            }
            Element previous = heading.previousElementSibling();
            if (group == null || previous != group) {
                group = new Element("div").addClass("audiences");
                heading.before(group);
            }
            Element section = new Element("section").addClass("audience").attr("aria-labelledby", heading.id());
            group.appendChild(section);
            for (Node member : members) {
                section.appendChild(member);
            }
        }
    }
}
