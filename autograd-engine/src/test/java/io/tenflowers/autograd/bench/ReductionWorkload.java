package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;

import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A {@code [size]} input of distinct values for the full reductions: forward to a scalar and its
 * gradient w.r.t. the input on a fresh tape. The values are a shuffled ramp, so max and min are
 * unique and their gradients are one-hot (ties would split it).
 */
public final class ReductionWorkload {
    private final Tensor x;

    public ReductionWorkload(int size, long seed) {
        Random random = new Random(seed);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = -1f + 2f * i / Math.max(size - 1, 1);
        }
        for (int i = size - 1; i > 0; i--) { // Fisher-Yates
            int j = random.nextInt(i + 1);
            float t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        x = Tensor.of(values, size);
    }

    public Tensor x() {
        return x;
    }

    public GradientResult sum() {
        return scalarGradient(Tensor::sum);
    }

    public GradientResult mean() {
        return scalarGradient(Tensor::mean);
    }

    public GradientResult max() {
        return scalarGradient(Tensor::max);
    }

    public GradientResult min() {
        return scalarGradient(Tensor::min);
    }

    private GradientResult scalarGradient(UnaryOperator<Tensor> reduction) {
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            Tensor y = reduction.apply(x);
            TapeMemory.record(tape);
            return new GradientResult(y, TapeCalls.gradient(tape, y, x));
        }
    }
}
