package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;

import java.util.Random;

/**
 * The same forward pass {@code Σ tanh(x ⊙ w + b)} over {@code [size]} tensors, with and without
 * a tape, to measure what gradient tracking costs in memory: JMH's GC profiler gives the bytes
 * allocated per op for both, {@link TapeMemoryProfiler} the bytes the tape keeps alive and the
 * part of them a tape-less forward pass would have freed (the intermediates).
 */
public final class TrackingWorkload {
    private final Tensor x;
    private final Tensor w;
    private final Tensor b;

    public TrackingWorkload(int size, long seed) {
        Random random = new Random(seed);
        x = Tensor.randomUniform(random, -1f, 1f, size);
        w = Tensor.randomUniform(random, -1f, 1f, size);
        b = Tensor.randomUniform(random, -1f, 1f, size);
    }

    public Tensor x() {
        return x;
    }

    public Tensor w() {
        return w;
    }

    public Tensor b() {
        return b;
    }

    /** The forward pass recorded on a tape that watches x, w and b; no backward. */
    public Tensor tracked() {
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x, w, b);
            Tensor loss = forward();
            TapeMemory.recordWithOverhead(tape, x, w, b, loss);
            return loss;
        }
    }

    /** The same forward pass with no tape open. */
    public Tensor forwardOnly() {
        Tensor loss = forward();
        TapeMemory.recordNoTape();
        return loss;
    }

    private Tensor forward() {
        return x.mul(w).add(b).tanh().sum();
    }
}
