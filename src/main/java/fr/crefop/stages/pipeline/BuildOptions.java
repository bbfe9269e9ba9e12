package fr.crefop.stages.pipeline;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param source  the site folder (holds content/, templates/, assets/, data/, site.yaml)
 * @param output  where the site is published
 * @param drafts  also publish pages with {@code status: draft}
 * @param publish false for a check: build and check in a temporary folder, publish nothing
 * @param acceptAddresses rewrite {@code adresses-publiees.txt} with this build's addresses instead of checking it
 * @param pdf     make the mémento PDF; false for a check (which publishes nothing) and to measure a build without
 *                it ({@code MEMENTO_NO_PDF=1}, see bench/pdf.sh): the download links then lead to no file
 */
public record BuildOptions(Path source, Path output, boolean drafts, boolean publish, boolean acceptAddresses, boolean pdf) {

    public BuildOptions {
        source = source.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
    }

    /** Options of a build that makes the mémento PDF. */
    public BuildOptions(Path source, Path output, boolean drafts, boolean publish, boolean acceptAddresses) {
        this(source, output, drafts, publish, acceptAddresses, true);
    }

    /** Options of a build that checks the published addresses without rewriting their list. */
    public BuildOptions(Path source, Path output, boolean drafts, boolean publish) {
        this(source, output, drafts, publish, false);
    }
}
