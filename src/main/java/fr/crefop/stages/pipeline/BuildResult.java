package fr.crefop.stages.pipeline;

import fr.crefop.stages.diag.Finding;

import java.nio.file.Path;
import java.util.List;

/**
 * A successful build.
 *
 * @param output   where the site is (the published folder, or the temporary one of a check, already deleted)
 * @param pages    number of pages written
 * @param findings warnings met (errors would have stopped the build)
 */
public record BuildResult(Path output, int pages, List<Finding> findings) {

    public BuildResult {
        findings = List.copyOf(findings);
    }
}
