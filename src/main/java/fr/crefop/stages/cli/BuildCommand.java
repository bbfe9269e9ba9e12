package fr.crefop.stages.cli;

import fr.crefop.stages.pipeline.BuildLog;
import fr.crefop.stages.pipeline.BuildOptions;
import fr.crefop.stages.pipeline.BuildResult;
import fr.crefop.stages.pipeline.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", description = "Construit le site et le publie dans le dossier de sortie (remplacé seulement si tout a réussi).")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    SiteOptions site;

    @Option(names = "--output", paramLabel = "DOSSIER", defaultValue = "target/site",
            description = "Dossier où publier le site. Défaut : ${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--accept-addresses",
            description = "Enregistre les adresses de cette construction dans adresses-publiees.txt (nouvelles pages, suppressions voulues).")
    boolean acceptAddresses;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        BuildResult result = new SiteBuild(new BuildOptions(site.source, output, site.drafts, true, acceptAddresses,
                        // for measures only (bench/pdf.sh): a build without the mémento PDF
                        !"1".equals(System.getenv("MEMENTO_NO_PDF"))),
                new BuildLog(spec.commandLine().getOut())).run();
        Reports.warnings(spec, result);
        spec.commandLine().getOut().printf("Site construit : %d pages dans %s (%.2f s)%n",
                result.pages(), result.output(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
