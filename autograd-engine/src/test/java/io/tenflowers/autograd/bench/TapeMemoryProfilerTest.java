package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TapeMemoryProfilerTest {
    @AfterEach
    void stopSampling() {
        TapeMemory.stop();
    }

    /** A tape holding x [n], x⊙x [n] and the scalar sum: 8n + 4 bytes. */
    private static long recordSquareSum(int n) {
        Tensor x = Tensor.ones(n);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            x.mul(x).sum();
            TapeMemory.record(tape);
            return tape.retainedBytes();
        }
    }

    @Test
    void reportsTheMeanRetainedBytesPerOperationOfOneIteration() {
        TapeMemoryProfiler profiler = new TapeMemoryProfiler();
        profiler.beforeIteration(null, null);
        long small = recordSquareSum(10);
        long large = recordSquareSum(1000);
        Collection<? extends Result> results = profiler.afterIteration(null, null, null);

        assertEquals(8 * 10 + 4, small, "what the engine reports for x, x⊙x and the sum");
        assertEquals(8 * 1000 + 4, large);
        assertEquals(1, results.size(), "no overhead samples, no overhead result");
        Result retained = results.iterator().next();
        assertEquals(TapeMemoryProfiler.RETAINED, retained.getLabel());
        assertEquals("B/op", retained.getScoreUnit());
        assertEquals((small + large) / 2.0, retained.getScore(), 1e-9);
        assertFalse(TapeMemory.isSampling(), "sampling stops with the iteration");
    }

    @Test
    void eachIterationStartsFromZero() {
        TapeMemoryProfiler profiler = new TapeMemoryProfiler();
        profiler.beforeIteration(null, null);
        recordSquareSum(1000);
        profiler.afterIteration(null, null, null);

        profiler.beforeIteration(null, null);
        long only = recordSquareSum(10);
        Result retained = profiler.afterIteration(null, null, null).iterator().next();
        assertEquals(only, retained.getScore(), 1e-9);
    }

    @Test
    void reportsTheTrackingOverheadWhenABodyGivesIt() {
        TapeMemoryProfiler profiler = new TapeMemoryProfiler();
        profiler.beforeIteration(null, null);
        new TrackingWorkload(100, 1).tracked();
        new TrackingWorkload(100, 1).forwardOnly();
        List<Result> results = new ArrayList<>(profiler.afterIteration(null, null, null));

        assertEquals(2, results.size());
        assertEquals(TapeMemoryProfiler.OVERHEAD, results.get(1).getLabel());
        // Tracked: 6 arrays of 100 floats and a scalar, 3 of them intermediates; forward only: 0 and 0.
        assertEquals((6 * 400 + 4) / 2.0, results.get(0).getScore(), 1e-9);
        assertEquals(3 * 400 / 2.0, results.get(1).getScore(), 1e-9);
    }

    @Test
    void recordsNothingWhileNotSampling() {
        recordSquareSum(100);
        TapeMemory.Totals totals = TapeMemory.stop();
        assertEquals(0, totals.retainedSamples());
        assertTrue(TapeMemoryProfiler.results(totals).isEmpty(), "a benchmark without samples reports no result");
    }

    @Test
    void countsEverySampleFromConcurrentThreads() throws Exception {
        int threads = 4;
        int perThread = 500;
        TapeMemory.start();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> sums = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                sums.add(pool.submit(() -> {
                    long sum = 0;
                    for (int i = 0; i < perThread; i++) {
                        sum += recordSquareSum(1 + i % 7);
                    }
                    return sum;
                }));
            }
            long expected = 0;
            for (Future<Long> f : sums) {
                expected += f.get();
            }
            TapeMemory.Totals totals = TapeMemory.stop();
            assertEquals((long) threads * perThread, totals.retainedSamples());
            assertEquals(expected, totals.retainedSum());
        } finally {
            pool.shutdownNow();
        }
    }
}
