package fr.crefop.stages.bake;

import fr.crefop.stages.config.SiteSources;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.markdown.MarkdownRenderer;
import fr.crefop.stages.view.PageModels;

import java.nio.file.Path;
import java.util.Set;

/**
 * Everything one bake needs.
 *
 * @param sources  the site's folders
 * @param index    the pages to publish and their old addresses
 * @param layouts  the layouts found in {@code templates/}
 * @param markdown our Markdown renderer
 * @param models   builds each template's model
 * @param output   the (staging) folder to write into
 * @param findings where template and asset problems go
 * @param sink     receives each page as soon as it is rendered, and says what to write
 */
public record BakeRequest(SiteSources sources, SiteIndex index, Set<String> layouts, MarkdownRenderer markdown,
                          PageModels models, Path output, Findings findings, PageSink sink) {
}
