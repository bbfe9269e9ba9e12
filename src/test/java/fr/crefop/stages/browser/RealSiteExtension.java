package fr.crefop.stages.browser;

import fr.crefop.stages.pipeline.BuildLog;
import fr.crefop.stages.pipeline.BuildOptions;
import fr.crefop.stages.pipeline.SiteBuild;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;

/**
 * Gives tests the repository's own site, built once per test run (whatever the number of test classes asking for
 * it) into {@code target/browser-site}, as {@link SitePages}.
 */
final class RealSiteExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealSiteExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SitePages.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SitePages.class, type -> build(), SitePages.class);
    }

    private static SitePages build() {
        Path project = Path.of("").toAbsolutePath();
        Path output = project.resolve("target/browser-site");
        long start = System.nanoTime();
        new SiteBuild(new BuildOptions(project, output, false, true), BuildLog.silent()).run();
        SitePages site = SitePages.in(output);
        System.out.printf("[browser gate] site built into %s: %d pages in %.1f s%n",
                project.relativize(output), site.pages().size(), (System.nanoTime() - start) / 1e9);
        return site;
    }
}
