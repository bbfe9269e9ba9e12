package fr.crefop.stages.extras.pdf;

import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rewrites the ids and links of one page's text for the PDF, where every mémento page is a chapter of one
 * document: each id gets its chapter's prefix ({@code faq--qui-signe}); a link to a mémento page becomes a link
 * inside the PDF ({@code #faq--qui-signe}); a link to another page of the site becomes an absolute link when the
 * site's public address is known, else its text followed by its address on the site.
 */
final class PdfLinks {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Map<String, String> anchorsByUrl;
    private final String siteUrl;

    /**
     * @param anchorsByUrl the chapter anchor of each mémento page, by published address ({@code /memento/faq/})
     * @param siteUrl      the site's public address ({@code https://…}), empty when not known yet
     */
    PdfLinks(Map<String, String> anchorsByUrl, String siteUrl) {
        this.anchorsByUrl = Map.copyOf(anchorsByUrl);
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    /** The id an element of a chapter gets in the PDF. */
    static String id(String chapter, String id) {
        return chapter + "--" + id;
    }

    /**
     * @param body    the chapter's text, changed in place
     * @param chapter the chapter's anchor
     * @param pageUrl the page's published address, against which relative links resolve
     */
    void rewrite(Element body, String chapter, String pageUrl) {
        for (Element element : body.select("[id]")) {
            element.attr("id", id(chapter, element.id()));
        }
        for (Element link : body.select("a[href]")) {
            rewriteLink(link, chapter, pageUrl);
        }
    }

    private void rewriteLink(Element link, String chapter, String pageUrl) {
        String href = link.attr("href").strip();
        if (href.startsWith("#")) {
            link.attr("href", "#" + id(chapter, href.substring(1)));
            return;
        }
        if (SCHEME.matcher(href).find() || href.startsWith("//")) {
            if (href.startsWith("http")) {
                link.addClass("external");
            }
            return;
        }
        Optional<URI> target = resolve(pageUrl, href);
        if (target.isEmpty()) {
            link.unwrap();
            return;
        }
        String path = target.get().getPath();
        String fragment = target.get().getFragment();
        String anchor = anchorsByUrl.get(path);
        if (anchor != null) {
            link.attr("href", "#" + (fragment == null || fragment.isEmpty() ? anchor : id(anchor, fragment)));
        } else if (!siteUrl.isEmpty()) {
            link.attr("href", siteUrl + target.get().getRawPath() + (fragment == null ? "" : "#" + target.get().getRawFragment()));
            link.addClass("external");
        } else {
            String address = target.get().getRawPath() + (fragment == null ? "" : "#" + target.get().getRawFragment());
            Element text = new Element("span").addClass("site-link");
            link.replaceWith(text);
            text.appendChildren(link.childNodesCopy());
            text.appendElement("span").addClass("site-address").text(" (sur le site : " + address + ")");
        }
    }

    private static Optional<URI> resolve(String pageUrl, String href) {
        try {
            return Optional.of(new URI(pageUrl).resolve(new URI(href)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
