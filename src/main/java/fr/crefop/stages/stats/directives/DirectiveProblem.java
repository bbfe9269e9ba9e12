package fr.crefop.stages.stats.directives;

/** A directive that does not match the data; reported at its line with the hint. */
final class DirectiveProblem extends RuntimeException {

    private final String hint;

    DirectiveProblem(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
