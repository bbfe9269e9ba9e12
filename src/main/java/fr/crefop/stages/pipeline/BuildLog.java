package fr.crefop.stages.pipeline;

import java.io.PrintWriter;
import java.util.Locale;

/** The build's log: one line per step, with its duration. */
public final class BuildLog {

    private final PrintWriter out;

    public BuildLog(PrintWriter out) {
        this.out = out;
    }

    /** A log that prints nothing, for tests and embedding. */
    public static BuildLog silent() {
        return new BuildLog(new PrintWriter(java.io.Writer.nullWriter()));
    }

    public void step(String name, String detail, long nanos) {
        out.println(String.format(Locale.ROOT, "%-9s %-46s %7.3f s", name, detail, nanos / 1e9));
        out.flush();
    }

    public void line(String text) {
        out.println(text);
        out.flush();
    }
}
