package fr.crefop.stages.view;

import fr.crefop.stages.stats.StatsView;

import java.util.List;

/**
 * The whole data model of one rendered page: {@code site}, {@code page}, {@code nav}, {@code footer} and
 * {@code stats} in templates.
 */
public record PageModel(SiteView site, PageView page, List<Link> nav, List<Link> footer, StatsView stats,
                        PageExtras extras) {

    public PageModel {
        nav = List.copyOf(nav);
        footer = List.copyOf(footer);
    }

    public PageModel(SiteView site, PageView page, List<Link> nav, List<Link> footer, StatsView stats) {
        this(site, page, nav, footer, stats, PageExtras.NONE);
    }
}
