package fr.crefop.stages.catalogue;

import fr.crefop.stages.config.PublicAddress;
import fr.crefop.stages.config.SiteConfig;
import fr.crefop.stages.config.SiteSources;
import fr.crefop.stages.content.FrontMatter;
import fr.crefop.stages.content.PageDates;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The generate step for the resource catalogue. A page is a resource when its header has {@code audience}; the
 * external links come from {@code data/ressources/liens.yaml}. When the site has a ressources page
 * ({@code content/ressources/index.md}), this writes one page per audience and one per level under it, an Atom feed
 * for the site and one per audience, and {@code ressources.json}. A page the site writes itself at one of these
 * addresses wins over the generated one.
 */
public final class CatalogueGenerator {

    static final String ENTRY = Shelf.FOLDER + "/index.md";

    private final SiteSources sources;
    private final SiteConfig config;
    private final PageDates dates;

    public CatalogueGenerator(SiteSources sources, SiteConfig config, PageDates dates) {
        this.sources = sources;
        this.config = config;
        this.dates = dates;
    }

    /** @param pages the site's pages and the other generated ones (drafts are never resources) */
    public GeneratedCatalogue generate(List<SourcePage> pages, Findings findings) {
        Set<String> own = pages.stream().map(SourcePage::contentPath).collect(Collectors.toSet());
        if (!own.contains(ENTRY)) {
            return GeneratedCatalogue.none();
        }
        Catalogue catalogue = catalogue(pages, findings);
        PublicAddress addresses = PublicAddress.of(config);
        List<SourcePage> generated = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Shelf shelf : Shelf.all()) {
            List<Resource> resources = shelf.select(catalogue);
            if (!own.contains(shelf.contentPath())) {
                generated.add(page(shelf, resources));
            }
            if (shelf.feed()) {
                files.put(shelf.feedAddress().substring(1), AtomFeed.write(shelf.title() + " — " + config.title(),
                        config.title(), shelf.feedAddress(), shelf.address(), resources, addresses));
            }
        }
        String folder = "/" + Shelf.FOLDER + "/";
        files.put(Shelf.FOLDER + "/flux.xml", AtomFeed.write("Ressources — " + config.title(), config.title(),
                folder + "flux.xml", folder, catalogue.resources(), addresses));
        files.put(Shelf.FOLDER + "/ressources.json", ResourcesJson.write(config.title(), catalogue, addresses));
        return new GeneratedCatalogue(generated, files, catalogue);
    }

    private Catalogue catalogue(List<SourcePage> pages, Findings findings) {
        List<Resource> resources = new ArrayList<>();
        pages.stream().filter(p -> !p.isDraft() && !p.frontMatter().audiences().isEmpty())
                .sorted(Comparator.comparing(SourcePage::address))
                .forEach(p -> resources.add(new Resource(p.title(), p.frontMatter().description(), p.address(), p.contentPath(),
                        "", p.frontMatter().audiences(), p.frontMatter().levels(), dates.of(p))));
        resources.addAll(ExternalLinks.load(sources.root(), linksDate(), findings));
        return new Catalogue(resources);
    }

    private Optional<LocalDate> linksDate() {
        FrontMatter none = new FrontMatter("", "", FrontMatter.DEFAULT_LAYOUT, Optional.empty(), false, List.of(),
                List.of(), List.of(), List.of(), FrontMatter.DEFAULT_ORDER, Optional.empty());
        return dates.of(new SourcePage(sources.root().resolve(ExternalLinks.FILE), ExternalLinks.FILE, "", none, "", 1, ""));
    }

    private SourcePage page(Shelf shelf, List<Resource> resources) {
        FrontMatter frontMatter = new FrontMatter(shelf.title(), shelf.intro(), FrontMatter.DEFAULT_LAYOUT,
                Catalogue.newest(resources), false, List.of("ressources"), List.of(), List.of(), List.of(), shelf.order(),
                Optional.of(false));
        return new SourcePage(sources.content().resolve(shelf.contentPath()),
                "content/" + ENTRY + " (page générée " + shelf.address() + ")", shelf.contentPath(), frontMatter,
                ShelfMarkdown.body(shelf, resources), 1, shelf.address(), true);
    }
}
