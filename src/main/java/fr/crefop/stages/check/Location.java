package fr.crefop.stages.check;

/** Where a problem of the built site comes from: a source file and line (0 when unknown). */
public record Location(String path, int line) {
}
