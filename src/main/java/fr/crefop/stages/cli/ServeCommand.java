package fr.crefop.stages.cli;

import fr.crefop.stages.pipeline.BuildLog;
import fr.crefop.stages.extras.pdf.MementoPdf;
import fr.crefop.stages.pipeline.BuildOptions;
import fr.crefop.stages.pipeline.IncrementalBuild;
import fr.crefop.stages.serve.PreviewServer;
import fr.crefop.stages.serve.PreviewSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "serve", description = "Construit le site dans un dossier de prévisualisation (jamais dans le site publié), "
        + "le sert sur http://127.0.0.1:PORT/ et le reconstruit à chaque modification : seules les pages dont le texte a "
        + "changé sont refaites quand c'est possible ; la page ouverte se recharge seule, ou affiche les erreurs. Ctrl+C pour arrêter.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "Port local (0 : un port libre). Défaut : ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--output", paramLabel = "DOSSIER", defaultValue = "target/preview",
            description = "Dossier de prévisualisation. Défaut : ${DEFAULT-VALUE}")
    Path output;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port : un nombre de 0 à 65535 (0 : un port libre), par exemple 8000");
        }
        // the mémento PDF is made when it is asked for, not at each save (see IncrementalBuild#makePdf)
        BuildOptions options = new BuildOptions(site.source, output, site.drafts, true, false, false);
        PrintWriter out = spec.commandLine().getOut();
        // Listen first: a port in use stops the command at once, before any build.
        try (PreviewServer server = PreviewServer.withLiveReload(options.output(), port)) {
            IncrementalBuild builds = new IncrementalBuild(options, new BuildLog(out));
            server.onDemand("/" + MementoPdf.FILE, builds::makePdf, spec.commandLine().getErr());
            PreviewSession session = new PreviewSession(builds::run,
                    PreviewSession.watcher(options.source()), server, spec.commandLine().getErr(), main.debug());
            session.start();
            out.println("Prévisualisation : " + server.origin() + "/ (Ctrl+C pour arrêter)");
            out.flush();
            session.run(Duration.ofMillis(500));
        }
        return 0;
    }
}
