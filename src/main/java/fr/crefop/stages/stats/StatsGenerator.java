package fr.crefop.stages.stats;

import fr.crefop.stages.config.SiteConfig;
import fr.crefop.stages.config.SiteSources;
import fr.crefop.stages.content.Addresses;
import fr.crefop.stages.content.Audience;
import fr.crefop.stages.content.FrontMatter;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.stats.data.StatsData;
import fr.crefop.stages.stats.data.StatsLoader;
import fr.crefop.stages.stats.data.Territoire;
import fr.crefop.stages.stats.directives.DirectiveRenderer;
import fr.crefop.stages.stats.directives.DownloadLinks;
import fr.crefop.stages.stats.directives.StatsMarkdownExtension;
import fr.crefop.stages.stats.figures.DepartementMapSvg;
import fr.crefop.stages.stats.figures.DepartementOutlines;
import fr.crefop.stages.stats.figures.StatsFigures;
import fr.crefop.stages.stats.opendata.OpenData;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The generate step for statistics: loads and validates {@code data/statistiques/}, writes one page per
 * département (and the regional overview if the site has no {@code content/statistiques/index.md}), the open-data
 * files, and the Markdown extension that injects figures into every page.
 */
public final class StatsGenerator {

    static final String OVERVIEW = StatsLoader.FOLDER + "/index.md";

    private final SiteSources sources;
    private final SiteConfig config;

    public StatsGenerator(SiteSources sources, SiteConfig config) {
        this.sources = sources;
        this.config = config;
    }

    /**
     * @param contentPaths the content paths of the site's own pages (an own page wins over a generated one)
     * @param findings     where data problems go
     */
    public GeneratedStats generate(Set<String> contentPaths, Findings findings) {
        StatsLoader loader = new StatsLoader(sources);
        StatsData data = loader.present() ? loader.load(findings) : new StatsData(List.of(), List.of(), List.of());
        OpenData openData = new OpenData(data, config.publisher());
        StatsFigures figures = new StatsFigures(data, maps());
        StatsMarkdownExtension extension = new StatsMarkdownExtension(new DirectiveRenderer(data, figures,
                new DownloadLinks(openData.files(), OpenData.LICENCE, OpenData.LICENCE_URL)));
        List<SourcePage> pages = new ArrayList<>();
        if (loader.present()) {
            if (!contentPaths.contains(OVERVIEW)) {
                pages.add(page(OVERVIEW, "Statistiques des stages en Normandie",
                        "Les chiffres des stages en Normandie et dans ses cinq départements, leurs sources et les données à télécharger.",
                        StatsPageTexts.overview(data), 0));
            }
            int order = 10;
            for (Territoire departement : Territoire.departements()) {
                pages.add(page(StatsLoader.FOLDER + "/" + departement.slug() + ".md", "Statistiques : " + departement.nom(),
                        "Les chiffres des stages " + departement.dans() + ", comparés à ceux de la Normandie, avec leurs sources.",
                        StatsPageTexts.departement(data, departement), order));
                order += 10;
            }
        }
        return new GeneratedStats(pages, loader.present() ? openData.files() : java.util.Map.of(), extension,
                new StatsView(data), data.figures().size());
    }

    private SourcePage page(String contentPath, String title, String description, String body, int order) {
        FrontMatter frontMatter = new FrontMatter(title, description, FrontMatter.DEFAULT_LAYOUT, Optional.empty(), false,
                List.of("statistiques"), List.of(Audience.ETABLISSEMENTS, Audience.ENTREPRISES), List.of(), List.of(), order,
                Optional.empty());
        Path file = sources.content().resolve(contentPath);
        return new SourcePage(file, "data/" + StatsLoader.FOLDER + " (page générée " + Addresses.ofContentPath(contentPath) + ")",
                contentPath, frontMatter, body, 1, Addresses.ofContentPath(contentPath), true);
    }

    /** The map renderer, built on first use only (sites without maps never read the outlines). */
    private Supplier<DepartementMapSvg> maps() {
        Path geojson = sources.data().resolve(DepartementOutlines.FILE);
        return new Supplier<>() {
            private DepartementMapSvg maps;

            @Override
            public synchronized DepartementMapSvg get() {
                if (maps == null) {
                    maps = new DepartementMapSvg(DepartementOutlines.load(geojson));
                }
                return maps;
            }
        };
    }
}
