package fr.crefop.stages.extras.pdf;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The mémento PDF, made on its own thread so that the build does not wait for it step after step: the writer is
 * made (and may be warmed up) while the pages are baked, then the PDF is made, from the pages the post step wrote,
 * while the build writes the other extras. The build waits for it ({@link #await}) before publishing.
 * Closing waits for a PDF under way, which writes into the staging folder, so that the folder is never removed
 * under it (the build's error paths included); a warm-up alone, which writes nothing, is not waited for.
 */
public final class PdfJob implements AutoCloseable {

    /** Makes the PDF into {@code folder} with a warmed-up writer (see {@link MementoPdf}). */
    interface Render {
        Optional<PdfSummary> write(PdfWriter writer, Path folder, Optional<Path> previous);
    }

    /**
     * The PDF made.
     *
     * @param summary what the PDF is
     * @param nanos   the time its own work took, on its thread (the warm-up not included)
     */
    public record Made(PdfSummary summary, long nanos) {
    }

    private final Optional<ExecutorService> thread;
    private final Optional<Future<PdfWriter>> writer;
    private final Optional<Render> render;
    private Optional<Future<Optional<Made>>> made = Optional.empty();

    private PdfJob(Optional<ExecutorService> thread, Optional<Future<PdfWriter>> writer, Optional<Render> render) {
        this.thread = thread;
        this.writer = writer;
        this.render = render;
    }

    /** A job that makes no PDF: the site has no mémento, the build does not want it, or renders only some pages. */
    public static PdfJob none() {
        return new PdfJob(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Starts making a writer (and warming it up, if it does) at once, on the job's own thread. */
    static PdfJob start(Supplier<PdfWriter> warmUp, Render render) {
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread worker = new Thread(task, "memento-pdf");
            worker.setDaemon(true);
            return worker;
        });
        return new PdfJob(Optional.of(thread), Optional.of(thread.submit(warmUp::get)), Optional.of(render));
    }

    /**
     * Makes the PDF on the job's thread, once the warm-up is done.
     *
     * @param folder   the output folder being built, holding the mémento pages
     * @param previous the folder of the previous build, whose PDF is reused if made from the same text
     */
    public void start(Path folder, Optional<Path> previous) {
        if (made.isPresent()) {
            throw new IllegalStateException("The mémento PDF is already under way");
        }
        if (thread.isEmpty() || writer.isEmpty() || render.isEmpty()) {
            return;
        }
        Future<PdfWriter> warm = writer.get();
        Render job = render.get();
        made = Optional.of(thread.get().submit(() -> {
            PdfWriter ready = join(warm);
            long start = System.nanoTime();
            return job.write(ready, folder, previous).map(summary -> new Made(summary, System.nanoTime() - start));
        }));
    }

    /**
     * Waits for the PDF; a failure on the job's thread is thrown here, as it was thrown there.
     *
     * @return the PDF made; empty when the job makes none or was not started
     */
    public Optional<Made> await() {
        return made.flatMap(PdfJob::join);
    }

    @Override
    public void close() {
        if (thread.isEmpty()) {
            return;
        }
        thread.get().shutdown();
        if (made.isEmpty()) {
            return;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (thread.get().awaitTermination(1, TimeUnit.MINUTES)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static <T> T join(Future<T> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrown(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The failure as the job's thread threw it, so that the build reports it as if it had happened in line. */
    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("The mémento PDF failed", cause);
    }
}
