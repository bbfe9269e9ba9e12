package fr.crefop.stages.diag;

import java.util.List;

/**
 * The build cannot go on: carries every finding that stopped it (at least one error),
 * each naming its file, line and fix.
 */
public class SiteException extends RuntimeException {

    private final String step;
    private final transient List<Finding> findings;

    public SiteException(String step, List<Finding> findings) {
        super(summary(step, findings));
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a SiteException needs at least one finding");
        }
        this.step = step;
        this.findings = List.copyOf(findings);
    }

    public SiteException(String step, Finding finding) {
        this(step, List.of(finding));
    }

    public SiteException(String step, Finding finding, Throwable cause) {
        this(step, List.of(finding));
        initCause(cause);
    }

    /** The pipeline step that failed, e.g. {@code load}. */
    public String step() {
        return step;
    }

    public List<Finding> findings() {
        return findings;
    }

    private static String summary(String step, List<Finding> findings) {
        Finding first = findings.isEmpty() ? null : findings.get(0);
        String head = first == null ? "" : first.location() + " " + first.message();
        return "[" + step + "] " + head + (findings.size() > 1 ? " (+" + (findings.size() - 1) + ")" : "");
    }
}
