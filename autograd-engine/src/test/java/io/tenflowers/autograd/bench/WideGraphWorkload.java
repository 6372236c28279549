package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A wide graph: {@value #BRANCHES} branches {@code bᵢ = tanh(x ⊙ wᵢ)} of one input, summed, loss
 * {@code Σ Σᵢ bᵢ}. The input's gradient gathers contributions from every branch. Gradients are
 * (x, w₁ … w₂₀).
 */
public final class WideGraphWorkload {
    /** Number of branches. */
    public static final int BRANCHES = 20;

    private final Tensor x;
    private final List<Tensor> weights = new ArrayList<>(BRANCHES);
    private final Tensor[] sources;

    public WideGraphWorkload(int size, long seed) {
        Random random = new Random(seed);
        x = Tensor.randomUniform(random, -1f, 1f, size);
        for (int i = 0; i < BRANCHES; i++) {
            weights.add(Tensor.randomUniform(random, -1f, 1f, size));
        }
        sources = new Tensor[BRANCHES + 1];
        sources[0] = x;
        for (int i = 0; i < BRANCHES; i++) {
            sources[i + 1] = weights.get(i);
        }
    }

    public Tensor x() {
        return x;
    }

    public List<Tensor> weights() {
        return weights;
    }

    public GradientResult forwardBackward() {
        try (GradientTape tape = new GradientTape()) {
            tape.watch(sources);
            Tensor total = null;
            for (Tensor w : weights) {
                Tensor branch = x.mul(w).tanh();
                total = total == null ? branch : total.add(branch);
            }
            Tensor loss = total.sum();
            TapeMemory.record(tape);
            return new GradientResult(loss, tape.gradient(loss, sources));
        }
    }
}
