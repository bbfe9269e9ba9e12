package fr.crefop.stages.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} on every command, described in French. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Affiche cette aide et s'arrête.")
    boolean help;
}
