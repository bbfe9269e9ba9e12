package fr.crefop.stages.html;

import org.jsoup.nodes.Document;

/** One small change applied to every generated page after baking. */
public interface HtmlTransform {

    /** A short name for the build log. */
    String name();

    void apply(Document document);
}
