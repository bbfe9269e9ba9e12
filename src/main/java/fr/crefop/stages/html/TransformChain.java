package fr.crefop.stages.html;

import org.jsoup.nodes.Document;

import java.util.List;

/** The transforms, applied in order to each page. */
public final class TransformChain {

    private final List<HtmlTransform> transforms;

    public TransformChain(List<HtmlTransform> transforms) {
        this.transforms = List.copyOf(transforms);
    }

    /** The site's standard chain. */
    public static TransformChain standard() {
        // tables, checklists and the home page's audiences come out final from the Markdown renderer
        return new TransformChain(List.of(new FrenchTypography()));
    }

    public void apply(Document document) {
        for (HtmlTransform transform : transforms) {
            transform.apply(document);
        }
    }

    public List<String> names() {
        return transforms.stream().map(HtmlTransform::name).toList();
    }
}
