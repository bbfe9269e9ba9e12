package fr.crefop.stages.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that build. */
final class SiteOptions {

    @Option(names = "--source", paramLabel = "DOSSIER", defaultValue = ".",
            description = "Dossier du site (content/, templates/, assets/, data/, site.yaml). Défaut : ${DEFAULT-VALUE}")
    Path source;

    @Option(names = "--drafts", description = "Publie aussi les pages en brouillon (status: draft).")
    boolean drafts;
}
