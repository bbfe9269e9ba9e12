package fr.crefop.stages.pipeline;

import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.extras.pdf.MementoPdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A successful build.
 *
 * @param output   where the site is (the published folder, or the temporary one of a check, already deleted)
 * @param pages    number of pages written
 * @param findings warnings met (errors would have stopped the build)
 * @param pdfLater the mémento PDF this build did not make ({@link BuildOptions#pdf()} false) although the site has a
 *                 mémento: the preview makes it when it is asked for
 */
public record BuildResult(Path output, int pages, List<Finding> findings, Optional<MementoPdf> pdfLater) {

    public BuildResult {
        findings = List.copyOf(findings);
    }

    public BuildResult(Path output, int pages, List<Finding> findings) {
        this(output, pages, findings, Optional.empty());
    }
}
