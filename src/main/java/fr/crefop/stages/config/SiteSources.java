package fr.crefop.stages.config;

import java.nio.file.Path;

/**
 * Where the build reads from.
 *
 * @param root      the site folder (paths in messages are relative to it)
 * @param content   Markdown pages and their images
 * @param templates Freemarker layouts (the site's own, or the project's defaults)
 * @param assets    CSS, images and other static files copied as they are
 * @param data      data files (statistics, …)
 */
public record SiteSources(Path root, Path content, Path templates, Path assets, Path data) {

    /** The path of {@code file} relative to the site folder, with '/' separators, for messages. */
    public String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        if (absolute.startsWith(base)) {
            return base.relativize(absolute).toString().replace('\\', '/');
        }
        if (absolute.startsWith(templates.toAbsolutePath().normalize())) {
            return "templates/" + templates.toAbsolutePath().normalize().relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString().replace('\\', '/');
    }
}
