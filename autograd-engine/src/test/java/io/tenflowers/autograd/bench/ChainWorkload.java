package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;

import java.util.Random;

/**
 * A chain of {@code length} element-wise ops over {@value #SIZE} elements, cycling
 * {@code ⊙ w}, {@code + b}, {@code tanh} ({@link #opAt}), then a sum. Measures how the cost of
 * recording and backward grows with the number of ops. Gradients are (x, w, b); w and b are
 * reused by every op of their kind, so their gradients add up along the chain.
 */
public final class ChainWorkload {
    /** Elements per tensor. */
    public static final int SIZE = 1000;

    /** The ops of the chain, in cycle order. */
    public enum Op { MUL_W, ADD_B, TANH }

    private final int length;
    private final Tensor x;
    private final Tensor w;
    private final Tensor b;

    /** x ∈ U[-1, 1), w ∈ U[0.5, 1.5) (keeps values from vanishing along the chain), b ∈ U[-0.5, 0.5). */
    public ChainWorkload(int length, long seed) {
        if (length < 1) {
            throw new IllegalArgumentException("ChainWorkload: length must be >= 1, got " + length);
        }
        Random random = new Random(seed);
        this.length = length;
        x = Tensor.randomUniform(random, -1f, 1f, SIZE);
        w = Tensor.randomUniform(random, 0.5f, 1.5f, SIZE);
        b = Tensor.randomUniform(random, -0.5f, 0.5f, SIZE);
    }

    /** The op at position {@code i} of a chain. */
    public static Op opAt(int i) {
        return Op.values()[i % Op.values().length];
    }

    public int length() {
        return length;
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

    public GradientResult forwardBackward() {
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x, w, b);
            Tensor h = x;
            for (int i = 0; i < length; i++) {
                switch (opAt(i)) {
                    case MUL_W -> h = h.mul(w);
                    case ADD_B -> h = h.add(b);
                    case TANH -> h = h.tanh();
                    default -> throw new AssertionError(opAt(i));
                }
            }
            Tensor loss = h.sum();
            TapeMemory.record(tape);
            return new GradientResult(loss, TapeCalls.gradient(tape, loss, x, w, b));
        }
    }
}
