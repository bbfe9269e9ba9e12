package fr.crefop.stages.pipeline;

import fr.crefop.stages.content.SourcePage;

import java.util.Optional;

/**
 * A page the bake wrote.
 *
 * @param outputPath   its file, relative to the output folder
 * @param url          its published address
 * @param source       its Markdown source (none for the page left at an old address)
 * @param templatePath the layout that produced it, relative to the site folder
 */
record BuiltPage(String outputPath, String url, Optional<SourcePage> source, String templatePath) {
}
