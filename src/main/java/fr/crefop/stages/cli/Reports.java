package fr.crefop.stages.cli;

import fr.crefop.stages.pipeline.BuildResult;
import fr.crefop.stages.diag.ConsoleReport;
import picocli.CommandLine;

/** Prints the warnings of a successful build on standard error. */
final class Reports {

    private Reports() {
    }

    static void warnings(CommandLine.Model.CommandSpec spec, BuildResult result) {
        if (!result.findings().isEmpty()) {
            new ConsoleReport(spec.commandLine().getErr()).print(result.findings());
            spec.commandLine().getErr().flush();
        }
    }
}
