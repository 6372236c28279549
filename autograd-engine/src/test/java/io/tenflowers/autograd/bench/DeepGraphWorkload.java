package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deep graph: {@code h₀ = x; hᵢ = tanh(hᵢ₋₁ + cᵢ)} for {@value #DEPTH} layers, loss
 * {@code Σ h}. Every layer's output stays on the tape until backward, so the retained bytes grow
 * with depth. Gradients are (x, c₁ … c₂₀).
 */
public final class DeepGraphWorkload {
    /** Number of add+tanh layers. */
    public static final int DEPTH = 20;

    private final Tensor x;
    private final List<Tensor> offsets = new ArrayList<>(DEPTH);
    private final Tensor[] sources;

    public DeepGraphWorkload(int size, long seed) {
        Random random = new Random(seed);
        x = Tensor.randomUniform(random, -1f, 1f, size);
        for (int i = 0; i < DEPTH; i++) {
            offsets.add(Tensor.randomUniform(random, -0.5f, 0.5f, size));
        }
        sources = new Tensor[DEPTH + 1];
        sources[0] = x;
        for (int i = 0; i < DEPTH; i++) {
            sources[i + 1] = offsets.get(i);
        }
    }

    public Tensor x() {
        return x;
    }

    public List<Tensor> offsets() {
        return offsets;
    }

    public GradientResult forwardBackward() {
        try (GradientTape tape = new GradientTape()) {
            tape.watch(sources);
            Tensor h = x;
            for (Tensor c : offsets) {
                h = h.add(c).tanh();
            }
            Tensor loss = h.sum();
            TapeMemory.record(tape);
            return new GradientResult(loss, tape.gradient(loss, sources));
        }
    }
}
