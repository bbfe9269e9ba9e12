package fr.crefop.stages.cli;

import fr.crefop.stages.pipeline.BuildLog;
import fr.crefop.stages.pipeline.BuildOptions;
import fr.crefop.stages.pipeline.SiteBuild;
import fr.crefop.stages.diag.ConsoleReport;
import fr.crefop.stages.diag.EnvironmentException;
import fr.crefop.stages.diag.SiteException;
import fr.crefop.stages.serve.PreviewServer;
import fr.crefop.stages.serve.SourceWatcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", description = "Construit le site, le sert sur http://127.0.0.1:PORT/ et le reconstruit à chaque "
        + "modification (la page ouverte se recharge seule). Ctrl+C pour arrêter.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--port", defaultValue = "8000", description = "Port local. Défaut : ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--output", paramLabel = "DOSSIER", defaultValue = "target/preview",
            description = "Dossier de prévisualisation. Défaut : ${DEFAULT-VALUE}")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        BuildOptions options = new BuildOptions(site.source, output, site.drafts, true);
        build(options, false);
        Path root = options.source();
        SourceWatcher watcher = new SourceWatcher(List.of(root.resolve("content"), root.resolve("templates"),
                root.resolve("assets"), root.resolve("data"), root.resolve("site.yaml")));
        try (PreviewServer server = PreviewServer.withLiveReload(options.output(), port)) {
            server.start();
            spec.commandLine().getOut().println("Prévisualisation : http://127.0.0.1:" + server.port() + "/ (Ctrl+C pour arrêter)");
            spec.commandLine().getOut().flush();
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(500);
                if (watcher.changed() && build(options, true)) {
                    server.reload();
                }
            }
        }
        return 0;
    }

    /**
     * Builds; on errors, prints them and keeps the previous preview. An environment failure stops the first build
     * (exit code 3); during a rebuild it is printed and the preview goes on.
     */
    private boolean build(BuildOptions options, boolean rebuild) {
        try {
            new SiteBuild(options, new BuildLog(spec.commandLine().getOut())).run();
            return true;
        } catch (SiteException e) {
            new ConsoleReport(spec.commandLine().getErr()).print(e.findings());
            spec.commandLine().getErr().println("La prévisualisation garde la version précédente ; corrigez puis enregistrez.");
            spec.commandLine().getErr().flush();
            return false;
        } catch (EnvironmentException e) {
            if (!rebuild) {
                throw e;
            }
            // e.g. a build held the lock of the preview folder too long: keep serving, try again at the next change
            spec.commandLine().getErr().println("ERREUR " + e.getMessage());
            spec.commandLine().getErr().println("La prévisualisation garde la version précédente.");
            spec.commandLine().getErr().flush();
            return false;
        }
    }
}
