package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counter between benchmark bodies and {@link TapeMemoryProfiler}: a body hands over its tape
 * after the forward pass and before {@code gradient()} (which releases what the tape holds), and
 * the profiler averages the samples of each iteration.
 *
 * <p>Sampling is off unless the profiler is running: {@link GradientTape#retainedBytes()} walks
 * every record, and a timing run must not pay for it. Thread-safe: benchmarks may run with
 * several threads, each adding to the same sums.
 */
public final class TapeMemory {
    private static volatile boolean enabled;
    private static final LongAdder RETAINED_SUM = new LongAdder();
    private static final LongAdder RETAINED_SAMPLES = new LongAdder();
    private static final LongAdder OVERHEAD_SUM = new LongAdder();
    private static final LongAdder OVERHEAD_SAMPLES = new LongAdder();

    private TapeMemory() {
    }

    /**
     * Sums of one sampling period.
     *
     * @param retainedSum      bytes retained by tapes, summed over the samples
     * @param retainedSamples  number of tapes sampled
     * @param overheadSum      bytes kept alive only for gradient tracking, summed
     * @param overheadSamples  number of overhead samples
     */
    public record Totals(long retainedSum, long retainedSamples, long overheadSum, long overheadSamples) {
        /** Mean retained bytes per sampled operation; NaN without samples. */
        public double meanRetained() {
            return retainedSamples == 0 ? Double.NaN : (double) retainedSum / retainedSamples;
        }

        /** Mean overhead bytes per sampled operation; NaN without samples. */
        public double meanOverhead() {
            return overheadSamples == 0 ? Double.NaN : (double) overheadSum / overheadSamples;
        }
    }

    /** Clears the sums and starts sampling. */
    public static void start() {
        reset();
        enabled = true;
    }

    /** Stops sampling and returns (and clears) what was collected since {@link #start()}. */
    public static Totals stop() {
        enabled = false;
        return new Totals(RETAINED_SUM.sumThenReset(), RETAINED_SAMPLES.sumThenReset(),
                OVERHEAD_SUM.sumThenReset(), OVERHEAD_SAMPLES.sumThenReset());
    }

    /** Whether samples are being taken. */
    public static boolean isSampling() {
        return enabled;
    }

    /** Samples what {@code tape} holds for backward; call it before {@code tape.gradient(...)}. */
    public static void record(GradientTape tape) {
        if (enabled) {
            RETAINED_SUM.add(tape.retainedBytes());
            RETAINED_SAMPLES.increment();
        }
    }

    /**
     * As {@link #record}, and also samples the gradient-tracking overhead: the retained bytes less
     * the arrays of {@code heldWithoutTape} (the inputs and the result, which a forward pass
     * without a tape keeps alive too). What remains is what only the tape keeps: intermediates
     * and saved masks.
     */
    public static void recordWithOverhead(GradientTape tape, Tensor... heldWithoutTape) {
        if (enabled) {
            long retained = tape.retainedBytes();
            RETAINED_SUM.add(retained);
            RETAINED_SAMPLES.increment();
            OVERHEAD_SUM.add(retained - distinctBytes(heldWithoutTape));
            OVERHEAD_SAMPLES.increment();
        }
    }

    /** Samples a forward pass without a tape: nothing is retained for backward, no overhead. */
    public static void recordNoTape() {
        if (enabled) {
            RETAINED_SAMPLES.increment();
            OVERHEAD_SAMPLES.increment();
        }
    }

    private static long distinctBytes(Tensor... tensors) {
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        long bytes = 0;
        for (Tensor t : tensors) {
            if (seen.add(t)) {
                bytes += (long) Float.BYTES * t.size();
            }
        }
        return bytes;
    }

    private static void reset() {
        RETAINED_SUM.reset();
        RETAINED_SAMPLES.reset();
        OVERHEAD_SUM.reset();
        OVERHEAD_SAMPLES.reset();
    }
}
