package fr.crefop.stages.view;

import fr.crefop.stages.config.MenuLink;
import fr.crefop.stages.config.SiteConfig;
import fr.crefop.stages.content.Audience;
import fr.crefop.stages.content.FrenchDates;
import fr.crefop.stages.content.FrenchText;
import fr.crefop.stages.content.Level;
import fr.crefop.stages.content.PageDates;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.markdown.RenderedMarkdown;
import fr.crefop.stages.markdown.TocEntry;
import fr.crefop.stages.stats.StatsView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the typed model each template receives, from the site's settings, its index and a rendered page. */
public final class PageModels {

    /** Pages with at least this many level-2 headings show a table of contents unless {@code toc: false}. */
    public static final int AUTO_TOC_MIN_SECTIONS = 3;

    private final SiteConfig config;
    private final SiteIndex index;
    private final SiteView site;
    private final List<ResolvedMenuLink> nav;
    private final List<ResolvedMenuLink> footer;
    private final StatsView stats;
    private final PageDates dates;
    private final java.util.function.Function<SourcePage, PageExtras> extras;

    private record ResolvedMenuLink(String title, String address) {
    }

    /** Resolves the navigation of {@code site.yaml}; a link to a missing page is an error in {@code findings}. */
    public PageModels(SiteConfig config, SiteIndex index, StatsView stats, Findings findings) {
        this(config, index, stats, findings, PageDates.withoutGit(java.nio.file.Path.of("").toAbsolutePath()));
    }

    /** @param dates the « Mis à jour le » date of each page (header date, else last commit, else file date) */
    public PageModels(SiteConfig config, SiteIndex index, StatsView stats, Findings findings, PageDates dates) {
        this(config, index, stats, findings, dates, page -> PageExtras.NONE);
    }

    /** @param extras the kit and video models of each page */
    public PageModels(SiteConfig config, SiteIndex index, StatsView stats, Findings findings, PageDates dates,
                      java.util.function.Function<SourcePage, PageExtras> extras) {
        this.extras = extras;
        this.config = config;
        this.dates = dates;
        this.stats = stats;
        this.index = index;
        this.nav = resolve(config.navigation(), findings);
        this.footer = resolve(config.footer(), findings);
        this.site = new SiteView(FrenchText.typeset(config.title()), FrenchText.typeset(config.tagline()),
                FrenchText.typeset(config.publisher()), config.url(), config.basePath(),
                config.accessibilityStatus(), tree("/"));
    }

    public SiteView site() {
        return site;
    }

    /** The model of a content page. */
    public PageModel page(SourcePage page, RenderedMarkdown body) {
        long sections = body.toc().stream().filter(t -> t.level() == 2).count();
        boolean home = page.address().equals("/");
        boolean showToc = !home && page.frontMatter().toc().orElse(sections >= AUTO_TOC_MIN_SECTIONS);
        String description = page.frontMatter().description().isBlank()
                ? "Brouillon : " + page.title() : page.frontMatter().description();
        PageView view = new PageView(page.title(), description, url(page.address()), page.path(),
                page.frontMatter().layout(), body.html(), body.toc(), showToc,
                dates.of(page).map(Object::toString).orElse(""),
                dates.of(page).map(FrenchDates::format).orElse(""),
                page.frontMatter().audiences().stream().map(Audience::label).toList(),
                page.frontMatter().levels().stream().map(Level::label).toList(),
                page.frontMatter().tags(),
                index.ancestors(page.address()).stream().map(p -> link(p, false)).toList(),
                index.children(page.address()).stream().map(p -> link(p, false)).toList(),
                page.isDraft(), home, "");
        return new PageModel(site, view, links(nav, page.address()), links(footer, page.address()), stats,
                extras.apply(page));
    }

    /** The model of the page left at an old address, pointing to the page that replaced it. */
    public PageModel redirect(String alias, SourcePage target) {
        PageView view = new PageView(target.title(), "Cette page a changé d'adresse : " + target.title() + ".",
                url(alias), target.path(), "redirect", "", List.<TocEntry>of(), false, "", "", List.of(), List.of(),
                List.of(), List.of(), List.of(), false, false, url(target.address()));
        return new PageModel(site, view, links(nav, alias), links(footer, alias), stats);
    }

    private String url(String address) {
        return config.basePath() + address.substring(1);
    }

    private Link link(SourcePage page, boolean current) {
        return new Link(page.title(), url(page.address()), page.frontMatter().description(), current);
    }

    private List<Link> links(List<ResolvedMenuLink> menu, String currentAddress) {
        return menu.stream().map(m -> new Link(m.title(), url(m.address()), "",
                m.address().equals("/") ? currentAddress.equals("/") : currentAddress.startsWith(m.address()))).toList();
    }

    private List<TreeNode> tree(String address) {
        List<TreeNode> nodes = new ArrayList<>();
        Optional<SourcePage> root = index.byAddress(address);
        if (address.equals("/") && root.isPresent()) {
            nodes.add(new TreeNode(link(root.get(), false), List.of()));
        }
        for (SourcePage child : index.children(address)) {
            nodes.add(new TreeNode(link(child, false), tree(child.address())));
        }
        return nodes;
    }

    private List<ResolvedMenuLink> resolve(List<MenuLink> links, Findings findings) {
        List<ResolvedMenuLink> resolved = new ArrayList<>();
        for (MenuLink link : links) {
            Optional<SourcePage> page = link.target().startsWith("/")
                    ? index.byAddress(link.target())
                    : index.byContentPath(link.target());
            if (page.isEmpty()) {
                findings.add(Finding.error(SiteConfig.FILE_NAME, link.line(), "link",
                        "le lien « " + link.title() + " » vise une page introuvable : " + link.target(),
                        "indiquez le fichier source de la page, relatif à content/ (par exemple memento/index.md)"));
            } else {
                resolved.add(new ResolvedMenuLink(FrenchText.typeset(link.title()), page.get().address()));
            }
        }
        return resolved;
    }
}
