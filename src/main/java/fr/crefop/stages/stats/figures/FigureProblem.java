package fr.crefop.stages.stats.figures;

/** A figure that cannot be drawn (e.g. unusable outlines for a map); the caller reports it with the hint. */
public final class FigureProblem extends RuntimeException {

    private final String hint;

    FigureProblem(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
