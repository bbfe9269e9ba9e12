package fr.crefop.stages.markdown;

import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import fr.crefop.stages.content.Slugs;

import java.util.HashMap;
import java.util.Map;

/**
 * Heading ids made of ASCII only, so that editors can guess them: « Rôle du tuteur » → {@code role-du-tuteur};
 * a repeated heading gets {@code -2}, {@code -3}. Ids written with {@code {#id}} are kept.
 */
final class AsciiHeadingIds implements HtmlIdGenerator {

    static final String FALLBACK = "section";

    private final Map<String, Integer> used = new HashMap<>();

    @Override
    public void generateIds(Document document) {
        generateIds(document, null);
    }

    @Override
    public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
        used.clear();
        new AnchorRefTargetBlockVisitor() {
            @Override
            protected boolean preVisit(Node node) {
                return preVisitor == null || preVisitor.preVisit(node, this);
            }

            @Override
            protected void visit(com.vladsch.flexmark.ast.AnchorRefTarget node) {
                if (node.getAnchorRefId().isEmpty()) {
                    node.setAnchorRefId(unique(node.getAnchorRefText()));
                } else {
                    used.merge(node.getAnchorRefId(), 1, Integer::sum);
                }
            }
        }.visit(document);
    }

    private String unique(String text) {
        String base = Slugs.slug(text);
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        int count = used.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + "-" + count;
    }

    @Override
    public String getId(Node node) {
        return node instanceof com.vladsch.flexmark.ast.AnchorRefTarget target ? target.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        return unique(text instanceof BasedSequence based ? based.toString() : text.toString());
    }

    static final class Factory implements HeaderIdGeneratorFactory {
        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new AsciiHeadingIds();
        }

        @Override
        public HtmlIdGenerator create() {
            return new AsciiHeadingIds();
        }
    }
}
