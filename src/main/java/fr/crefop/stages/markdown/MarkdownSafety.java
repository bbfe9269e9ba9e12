package fr.crefop.stages.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Markdown side of the raw HTML policy, checked on the parsed page before it is rendered: addresses of links
 * and images ({@link UrlPolicy}), including those given by a reference ({@code [texte][ref]}), and attributes written
 * after an element ({@code {#ancre .classe role=presentation}}), so that {@code {onclick=…}}, {@code {style=…}} or
 * {@code {src=https://…}} cannot bring back what the raw HTML policy refuses.
 */
final class MarkdownSafety {

    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "role", "lang", "title", "width", "height");

    private MarkdownSafety() {
    }

    static void check(Document document, PageContext page) {
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributeNode attribute) {
                attribute(attribute, page);
            } else if (node instanceof Image image) {
                report(node, "image", UrlPolicy.image(image.getUrl().unescape()), page);
            } else if (node instanceof Link link) {
                report(node, "link", UrlPolicy.link(link.getUrl().unescape()), page);
            } else if (node instanceof AutoLink link) {
                report(node, "link", UrlPolicy.link(link.getUrl().toString()), page);
            } else if (node instanceof ImageRef image) {
                reference(image.getReferenceNode(document))
                        .ifPresent(url -> report(node, "image", UrlPolicy.image(url), page));
            } else if (node instanceof LinkRef link) {
                reference(link.getReferenceNode(document))
                        .ifPresent(url -> report(node, "link", UrlPolicy.link(url), page));
            }
        }
    }

    private static Optional<String> reference(Reference reference) {
        return reference == null ? Optional.empty() : Optional.of(reference.getUrl().unescape());
    }

    private static void report(Node node, String rule, Optional<UrlPolicy.Refusal> refusal, PageContext page) {
        refusal.ifPresent(r -> page.error(node, rule, r.message(), r.hint()));
    }

    private static void attribute(AttributeNode attribute, PageContext page) {
        if (attribute.isId() || attribute.isClass()) {
            return;
        }
        String name = attribute.getName().toString().toLowerCase(Locale.ROOT);
        if (!ATTRIBUTES.contains(name) && !name.startsWith("aria-")) {
            page.error(attribute, "attribute", "attribut « " + name + " » interdit dans {…}",
                    name.startsWith("on") || name.equals("style") ? HtmlPolicy.hintFor("span", name)
                            : "attributs possibles : {#ancre}, {.classe}, " + String.join(", ", new TreeSet<>(ATTRIBUTES))
                            + ", aria-…");
        }
    }
}
