package fr.crefop.stages.extras;

import fr.crefop.stages.config.SiteSources;
import fr.crefop.stages.content.FrontMatter;
import fr.crefop.stages.content.SourcePage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pages the site gets without writing them, each when the templates have its layout: the « Page introuvable »
 * page at {@code /404.html} (layout {@code introuvable}) and the search page at {@code /recherche/} (layout
 * {@code recherche}, where the search form leads, with or without JavaScript). A page of the site's own at the
 * same address wins.
 */
public final class ExtraPages {

    public static final String NOT_FOUND_LAYOUT = "introuvable";
    public static final String SEARCH_LAYOUT = "recherche";
    public static final String NOT_FOUND_ADDRESS = "/404.html";
    public static final String SEARCH_ADDRESS = "/recherche/";

    private final SiteSources sources;
    private final Set<String> layouts;

    public ExtraPages(SiteSources sources, Set<String> layouts) {
        this.sources = sources;
        this.layouts = layouts;
    }

    /** The extra pages to add to {@code own}, the pages the site already has. */
    public List<SourcePage> pages(List<SourcePage> own) {
        List<SourcePage> pages = new ArrayList<>();
        if (layouts.contains(NOT_FOUND_LAYOUT) && free(own, NOT_FOUND_ADDRESS, "404.html.md")) {
            pages.add(page("404.html.md", NOT_FOUND_ADDRESS, NOT_FOUND_LAYOUT, "Page introuvable",
                    "Cette adresse ne correspond à aucune page du site : cherchez ce qu'il vous faut ou partez d'une rubrique."));
        }
        if (layouts.contains(SEARCH_LAYOUT) && free(own, SEARCH_ADDRESS, "recherche/index.md")) {
            pages.add(page("recherche/index.md", SEARCH_ADDRESS, SEARCH_LAYOUT, "Rechercher dans le site",
                    "Trouver une page du site par ses mots : assurance, horaires, convention…"));
        }
        return pages;
    }

    /** Whether a page is one of these generated pages (left out of the search index and the sitemap). */
    public static boolean isExtra(SourcePage page) {
        String layout = page.frontMatter().layout();
        return (layout.equals(NOT_FOUND_LAYOUT) && page.address().equals(NOT_FOUND_ADDRESS))
                || (layout.equals(SEARCH_LAYOUT) && page.address().equals(SEARCH_ADDRESS));
    }

    private static boolean free(List<SourcePage> own, String address, String contentPath) {
        return own.stream().noneMatch(p -> p.address().equals(address) || p.contentPath().equals(contentPath));
    }

    private SourcePage page(String contentPath, String address, String layout, String title, String description) {
        FrontMatter frontMatter = new FrontMatter(title, description, layout, Optional.empty(), false, List.of(),
                List.of(), List.of(), List.of(), 9000, Optional.of(false));
        return new SourcePage(sources.content().resolve(contentPath),
                "templates/" + layout + ".ftl (page générée " + address + ")", contentPath, frontMatter, "", 1, address, true);
    }
}
