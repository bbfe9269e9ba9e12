package fr.crefop.stages.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs per-page work on all cores, on threads whose stack is {@value #STACK_SIZE} bytes: flexmark, Jsoup and the
 * regular expressions of both recurse once per level of nesting (or per character of some markers), and the default
 * 1 MB stack of the common pool overflows on about 120 nested list levels. Results keep the order of the input.
 * <p>
 * The work function should turn a page's own problems into findings (see {@link PageFailure}); anything it throws
 * stops the whole map and is rethrown unwrapped, an {@link Error} as an {@link Error}.
 */
public final class PageWorkers implements AutoCloseable {

    /** Stack size of a worker thread: 64 MB of address space, committed only as deep as a page really goes. */
    public static final long STACK_SIZE = 64L * 1024 * 1024;

    private final ExecutorService executor;

    private PageWorkers(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(group, runnable, name + "-" + count.incrementAndGet(), STACK_SIZE);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A pool with one thread per core. */
    public static PageWorkers start(String name) {
        return new PageWorkers(name, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** Applies {@code work} to every item in parallel; the results in the order of {@code items}. */
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        List<Future<? extends R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(executor.submit(() -> work.apply(item)));
        }
        List<R> results = new ArrayList<>(items.size());
        try {
            for (Future<? extends R> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while pages were being processed", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw unwrap(e.getCause());
        }
        return results;
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
