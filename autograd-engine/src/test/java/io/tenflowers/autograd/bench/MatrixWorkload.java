package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;

import java.util.Random;

/**
 * Two {@code n×n} matrices and an {@code n×n} output gradient, for matmul and transpose: forward
 * and the vector-Jacobian product w.r.t. every input on a fresh tape.
 */
public final class MatrixWorkload {
    private final Tensor a;
    private final Tensor b;
    private final Tensor outputGradient;

    public MatrixWorkload(int n, long seed) {
        Random random = new Random(seed);
        a = Tensor.randomUniform(random, -1f, 1f, n, n);
        b = Tensor.randomUniform(random, -1f, 1f, n, n);
        outputGradient = Tensor.randomUniform(random, -1f, 1f, n, n);
    }

    public Tensor a() {
        return a;
    }

    public Tensor b() {
        return b;
    }

    public Tensor outputGradient() {
        return outputGradient;
    }

    /** {@code a·b}; gradients (g·bᵀ, aᵀ·g). */
    public GradientResult matmul() {
        try (GradientTape tape = new GradientTape()) {
            tape.watch(a, b);
            Tensor y = a.matmul(b);
            TapeMemory.record(tape);
            return new GradientResult(y, TapeCalls.vectorJacobian(tape, y, outputGradient, a, b));
        }
    }

    /** {@code aᵀ}; gradient (gᵀ). */
    public GradientResult transpose() {
        try (GradientTape tape = new GradientTape()) {
            tape.watch(a);
            Tensor y = a.transpose();
            TapeMemory.record(tape);
            return new GradientResult(y, TapeCalls.vectorJacobian(tape, y, outputGradient, a));
        }
    }
}
