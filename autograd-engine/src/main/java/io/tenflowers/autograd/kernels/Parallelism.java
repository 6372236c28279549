package io.tenflowers.autograd.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * How many threads large kernels may use. The default is 1 (the engine is single-threaded unless
 * asked); the system property {@code tenflowers.threads} sets it at start-up (a number, or
 * {@code auto} for every available processor) and {@link #setThreads} changes it at run time.
 *
 * <p>Work is split into as many chunks as threads; the calling thread runs the first chunk and
 * waits for the rest by parking ({@link Future#get()}), never by spinning: on these shared
 * machines two vCPUs may share one core, and a spinning waiter steals the worker's cycles.
 */
public final class Parallelism {
    /** Number of chunks run on pool threads so far; tests read it to see that work really left the caller. */
    static final AtomicLong TASKS_ON_WORKERS = new AtomicLong();

    /** Set while a thread runs a chunk: kernels called from inside a chunk stay serial (no nested splits, no deadlock). */
    private static final ThreadLocal<Boolean> IN_CHUNK = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private static int threads = fromProperty(System.getProperty("tenflowers.threads"));
    private static ExecutorService pool;

    private Parallelism() {
    }

    /** The number of threads large kernels split their work across (≥ 1). */
    public static synchronized int threads() {
        return threads;
    }

    /** Sets the number of threads (≥ 1) for large kernels; 1 keeps every kernel on the caller's thread. */
    public static synchronized void setThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Parallelism.setThreads: need at least 1 thread, got " + count);
        }
        if (count != threads && pool != null) {
            pool.shutdown();
            pool = null;
        }
        threads = count;
    }

    /** Threads a kernel called now may use: {@link #threads()}, or 1 inside a chunk of an outer split. */
    static int threadsForKernel() {
        return IN_CHUNK.get() ? 1 : threads();
    }

    static int fromProperty(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        if (value.trim().equalsIgnoreCase("auto")) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("system property tenflowers.threads must be a positive integer or 'auto', got '"
                + value + "'");
    }

    /**
     * Runs {@code body} for chunk indices {@code 0..chunks-1}, chunk 0 on the calling thread and
     * the others on the pool, and returns when all are done. An exception in any chunk is rethrown.
     */
    static void forEachChunk(int chunks, IntConsumer body) {
        if (chunks <= 1) {
            body.accept(0);
            return;
        }
        ExecutorService executor = executor();
        List<Future<?>> pending = new ArrayList<>(chunks - 1);
        for (int chunk = 1; chunk < chunks; chunk++) {
            int index = chunk;
            pending.add(executor.submit(() -> {
                TASKS_ON_WORKERS.incrementAndGet();
                runChunk(body, index);
            }));
        }
        runChunk(body, 0);
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a parallel kernel", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    private static void runChunk(IntConsumer body, int index) {
        boolean outer = IN_CHUNK.get();
        IN_CHUNK.set(Boolean.TRUE);
        try {
            body.accept(index);
        } finally {
            IN_CHUNK.set(outer);
        }
    }

    private static synchronized ExecutorService executor() {
        if (pool == null) {
            AtomicInteger counter = new AtomicInteger();
            pool = Executors.newFixedThreadPool(Math.max(1, threads - 1), r -> {
                Thread t = new Thread(r, "tenflowers-kernel-" + counter.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }
}
