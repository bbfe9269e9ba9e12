package fr.crefop.stages.cli;

import fr.crefop.stages.pipeline.BuildLog;
import fr.crefop.stages.pipeline.BuildOptions;
import fr.crefop.stages.pipeline.BuildResult;
import fr.crefop.stages.pipeline.SiteBuild;
import fr.crefop.stages.diag.ConsoleReport;
import fr.crefop.stages.diag.IoFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "check", description = "Construit le site dans un dossier temporaire et affiche les problèmes, sans rien publier.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    SiteOptions site;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path temp;
        try {
            temp = Files.createTempDirectory("memento-check");
        } catch (IOException e) {
            throw IoFailure.createFolder(Path.of(System.getProperty("java.io.tmpdir")), e);
        }
        try {
            // a check publishes nothing: the mémento PDF (made from pages the check reads anyway) is left out
            BuildResult result = new SiteBuild(new BuildOptions(site.source, temp.resolve("site"), site.drafts, false, false, false),
                    new BuildLog(spec.commandLine().getOut())).run();
            Reports.warnings(spec, result);
            spec.commandLine().getOut().println("Aucune erreur : " + result.pages() + " pages vérifiées ("
                    + ConsoleReport.summary(result.findings()) + ").");
            return 0;
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                spec.commandLine().getErr().println("Dossier temporaire non supprimé : " + temp);
            }
        }
    }
}
