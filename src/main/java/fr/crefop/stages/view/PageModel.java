package fr.crefop.stages.view;

import java.util.List;

/**
 * The whole data model of one rendered page: {@code site}, {@code page}, {@code nav} and {@code footer}
 * in templates.
 */
public record PageModel(SiteView site, PageView page, List<Link> nav, List<Link> footer) {

    public PageModel {
        nav = List.copyOf(nav);
        footer = List.copyOf(footer);
    }
}
