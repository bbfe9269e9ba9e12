package fr.crefop.stages.pipeline;

import fr.crefop.stages.catalogue.CatalogueGenerator;
import fr.crefop.stages.catalogue.GeneratedCatalogue;
import fr.crefop.stages.collective.pages.CollectiveGenerator;
import fr.crefop.stages.collective.pages.GeneratedCollective;
import fr.crefop.stages.config.PublicAddress;
import fr.crefop.stages.config.SiteConfig;
import fr.crefop.stages.config.SiteSources;
import fr.crefop.stages.content.PageDates;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.extras.ExtraPages;
import fr.crefop.stages.kit.Flyers;
import fr.crefop.stages.stats.GeneratedStats;
import fr.crefop.stages.stats.StatsGenerator;
import fr.crefop.stages.testimony.Testimonies;
import fr.crefop.stages.testimony.Testimony;
import fr.crefop.stages.video.Videos;
import fr.crefop.stages.view.PageExtras;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The generate step: every page and file the build derives from the sources, in dependency order — statistics and
 * collective-stage pages from data, the 404 and search pages, then the resource catalogue (which lists all of
 * those), then a flyer per resource page, the video pages' players and the testimonies.
 *
 * @param pages  the pages to publish (loaded and generated), drafts left out unless asked for
 * @param files  the generated files other than pages (open data, feeds, plan downloads), by output path
 * @param stats  the statistics, whose directives and template model the bake needs
 * @param dates  the pages' update dates
 * @param extras what each page's template gets from the kit, the videos and the testimonies
 * @param summary what the step made, for the build log
 */
record Generated(List<SourcePage> pages, Map<String, byte[]> files, GeneratedStats stats, PageDates dates,
                 Function<SourcePage, PageExtras> extras, String summary) {

    static Generated from(SiteSources sources, SiteConfig config, Set<String> layouts, List<SourcePage> loaded,
                          boolean drafts, Findings findings) {
        Set<String> contentPaths = loaded.stream().map(SourcePage::contentPath).collect(Collectors.toSet());
        GeneratedStats stats = new StatsGenerator(sources, config).generate(contentPaths, findings);
        GeneratedCollective collective = new CollectiveGenerator(sources).generate(contentPaths, findings);
        PageDates dates = PageDates.read(sources.root());
        List<SourcePage> own = Stream.of(loaded, stats.pages(), collective.pages(), new ExtraPages(sources, layouts).pages(loaded))
                .flatMap(List::stream)
                .filter(p -> drafts || !p.isDraft()).toList();
        GeneratedCatalogue catalogue = new CatalogueGenerator(sources, config, dates).generate(own, findings);
        List<SourcePage> authored = Stream.concat(own.stream(), catalogue.pages().stream()).toList();

        PublicAddress address = PublicAddress.of(config);
        Flyers flyers = new Flyers(address);
        List<SourcePage> flyerPages = flyers.generate(authored, sources.content(), layouts.contains(Flyers.LAYOUT), dates::of);
        Videos videos = Videos.load(authored, sources.content(), address, config.basePath(), findings);
        List<Testimony> testimonies = Testimonies.load(sources, findings);
        Function<SourcePage, PageExtras> extras = p -> new PageExtras(flyers.view(p, config.basePath()), videos.view(p),
                p.frontMatter().layout().equals(Testimonies.LAYOUT) ? testimonies : List.of());

        Map<String, byte[]> files = new TreeMap<>(stats.files());
        files.putAll(catalogue.files());
        files.putAll(collective.files());
        String summary = stats.figures() + " chiffres, " + (stats.pages().size() + collective.pages().size()
                + catalogue.pages().size() + flyerPages.size()) + " pages et " + files.size() + " fichiers dérivés, "
                + collective.plans() + " plans de stage collectif, " + collective.initiatives() + " initiatives";
        return new Generated(Stream.concat(authored.stream(), flyerPages.stream()).toList(), files, stats, dates, extras,
                summary);
    }
}
