package fr.crefop.stages.diag;

/** How serious a finding is: errors fail the build, warnings are only reported. */
public enum Severity {
    ERROR,
    WARNING
}
