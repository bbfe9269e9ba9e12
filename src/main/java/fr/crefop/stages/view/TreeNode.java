package fr.crefop.stages.view;

import java.util.List;

/** A page of the site's tree and the pages under it, for the « Plan du site ». */
public record TreeNode(Link link, List<TreeNode> children) {

    public TreeNode {
        children = List.copyOf(children);
    }
}
