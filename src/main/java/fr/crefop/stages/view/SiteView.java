package fr.crefop.stages.view;

import java.util.List;

/**
 * What every template knows about the site ({@code site} in templates).
 *
 * @param title               the site name
 * @param tagline             one sentence under the name
 * @param publisher           who publishes the site
 * @param url                 public address of the site, empty until configured
 * @param basePath            path the site is served under, e.g. {@code /}; prefix of every asset
 * @param accessibilityStatus « non conforme », …
 * @param tree                all published pages as a tree, for the site map
 */
public record SiteView(String title, String tagline, String publisher, String url, String basePath,
                       String accessibilityStatus, List<TreeNode> tree) {

    public SiteView {
        tree = List.copyOf(tree);
    }
}
