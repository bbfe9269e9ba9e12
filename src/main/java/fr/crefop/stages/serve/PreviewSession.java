package fr.crefop.stages.serve;

import fr.crefop.stages.diag.ConsoleReport;
import fr.crefop.stages.diag.EnvironmentException;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.SiteException;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The preview loop: build, serve, and rebuild at each change of the sources. Nothing that happens during a rebuild
 * stops it: the site's errors are listed, any other failure (even an {@link Error} such as a stack overflow) is told
 * in one French line (with its stack trace only in debug mode), and the server keeps serving the last good site. A
 * rebuild that failed that way is tried once more at the next turn, in case a file vanished under it.
 */
public final class PreviewSession {

    private final Rebuild build;
    private final SourceWatcher watcher;
    private final PreviewServer server;
    private final PrintWriter err;
    private final boolean debug;
    private boolean retry;

    /**
     * @param build   builds the site into the folder the server serves; throws when it fails
     * @param watcher tells when the sources changed
     * @param server  serves the last good site (started by {@link #start()})
     * @param err     where failures are told
     * @param debug   also print the stack trace of unexpected failures
     */
    public PreviewSession(Runnable build, SourceWatcher watcher, PreviewServer server, PrintWriter err, boolean debug) {
        this(changed -> build.run(), watcher, server, err, debug);
    }

    /**
     * @param build told which source files changed since the previous turn (empty at the first build and after a
     *              crash: then it should rebuild everything)
     */
    public PreviewSession(Rebuild build, SourceWatcher watcher, PreviewServer server, PrintWriter err, boolean debug) {
        this.build = build;
        this.watcher = watcher;
        this.server = server;
        this.err = err;
        this.debug = debug;
    }

    /** Watches the sources of a site: content/, templates/, assets/, data/ and site.yaml. */
    public static SourceWatcher watcher(Path source) {
        return new SourceWatcher(List.of(source.resolve("content"), source.resolve("templates"),
                source.resolve("assets"), source.resolve("data"), source.resolve("site.yaml")));
    }

    /** Builds once (a failure is told, not thrown), then starts serving. */
    public void start() {
        retry = rebuild(Set.of()) == Outcome.CRASHED;
        server.start();
    }

    /**
     * Rebuilds at each change until the thread is interrupted: wakes up when the system tells of a change, or every
     * {@code every} at most (see {@link SourceWatcher#await(Duration)}).
     */
    public void run(Duration every) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            watcher.await(every);
            poll();
        }
    }

    /** One turn: rebuilds when the sources changed (or after a crash); true when open pages were told to reload. */
    public boolean poll() {
        boolean again = retry;
        retry = false;
        Set<Path> changed;
        boolean unknown = false;
        try {
            changed = watcher.changes();
        } catch (RuntimeException | Error e) {
            tell(e, "la surveillance des fichiers a échoué");
            changed = Set.of();
            unknown = true;
        }
        if (changed.isEmpty() && !again && !unknown) {
            return false;
        }
        Outcome outcome = rebuild(again || unknown ? Set.of() : changed);
        retry = outcome == Outcome.CRASHED && !again;
        if (outcome == Outcome.BUILT) {
            server.reload();
            return true;
        }
        return false;
    }

    private Outcome rebuild(Set<Path> changed) {
        try {
            build.run(changed);
            return Outcome.BUILT;
        } catch (SiteException e) {
            new ConsoleReport(err).print(e.findings());
            err.println("La prévisualisation garde la version précédente ; corrigez puis enregistrez.");
            server.showFindings(e.findings());
            return Outcome.REFUSED;
        } catch (RuntimeException | Error e) {
            tell(e, "la reconstruction a échoué");
            err.println("La prévisualisation garde la version précédente ; elle sera reconstruite à la prochaine modification.");
            server.showFindings(List.of(Finding.error("", 0, "preview", "la reconstruction a échoué ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " : " + e.getMessage()) + ")",
                    "voyez le terminal de la prévisualisation")));
            return Outcome.CRASHED;
        } finally {
            err.flush();
        }
    }

    private void tell(Throwable failure, String what) {
        Optional<NoSuchFileException> vanished = vanished(failure);
        if (vanished.isPresent()) {
            err.println("ERREUR " + what + " : un fichier a disparu pendant la lecture (" + vanished.get().getFile()
                    + ") ; un fichier temporaire d'éditeur, sans doute. Nouvel essai dans un instant.");
        } else if (failure instanceof EnvironmentException env) {
            err.println("ERREUR " + what + " : " + env.getMessage());
            if (!env.hint().isEmpty()) {
                err.println("  conseil : " + env.hint());
            }
        } else {
            err.println("ERREUR " + what + " (erreur interne " + failure.getClass().getSimpleName() + ") : "
                    + (failure.getMessage() == null ? "sans message" : failure.getMessage()));
            err.println("  conseil : relancez avec --debug et transmettez la sortie aux responsables techniques du site");
        }
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
    }

    private static Optional<NoSuchFileException> vanished(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoSuchFileException missing) {
                return Optional.of(missing);
            }
        }
        return Optional.empty();
    }

    private enum Outcome { BUILT, REFUSED, CRASHED }

    /** One rebuild, told which source files changed (an empty set: unknown, rebuild everything). */
    @FunctionalInterface
    public interface Rebuild {
        void run(Set<Path> changed);
    }
}
