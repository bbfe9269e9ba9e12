package fr.crefop.stages.markdown;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Marks a list of {@code - [ ] …} items with the class {@code checklist}, styled as boxes to tick (also on paper),
 * and the h2 of a section that holds one with {@code checklist-heading}: on paper, such a section starts a page
 * (site.css).
 */
final class ChecklistClass implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof BulletList && node.getFirstChild() instanceof TaskListItem) {
            attributes.addValue("class", "checklist");
        } else if (node instanceof Heading heading && heading.getLevel() == 2 && part == AttributablePart.NODE
                && headsChecklist(heading)) {
            attributes.addValue("class", "checklist-heading");
        }
    }

    /** Whether a checklist follows the heading among its siblings, before the next h2. */
    private static boolean headsChecklist(Heading heading) {
        for (Node next = heading.getNext(); next != null; next = next.getNext()) {
            if (next instanceof Heading other && other.getLevel() == 2) {
                return false;
            }
            if (next instanceof BulletList && next.getFirstChild() instanceof TaskListItem) {
                return true;
            }
        }
        return false;
    }

    static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
            // no options
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return new ChecklistClass();
                }
            });
        }
    }
}
