package io.tenflowers.autograd.optim;

import io.tenflowers.autograd.Tensor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Stochastic gradient descent with (heavy-ball) momentum, as PyTorch defines it:
 * {@code v ← μ·v + g; p ← p - lr·v}. With μ = 0 it is plain {@code p ← p - lr·g}.
 */
public final class SGD extends Optimizer {
    private final float learningRate;
    private final float momentum;
    private final Map<Tensor, float[]> velocity = new IdentityHashMap<>();

    public SGD(float learningRate) {
        this(learningRate, 0f);
    }

    public SGD(float learningRate, float momentum) {
        if (!(learningRate > 0f) || !(momentum >= 0f && momentum < 1f)) {
            throw new IllegalArgumentException("SGD: need learningRate > 0 and 0 <= momentum < 1, got learningRate="
                    + learningRate + ", momentum=" + momentum);
        }
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    @Override
    protected void update(Tensor parameter, float[] values, float[] gradient) {
        if (momentum == 0f) {
            for (int i = 0; i < values.length; i++) {
                values[i] -= learningRate * gradient[i];
            }
            return;
        }
        float[] v = velocity.computeIfAbsent(parameter, p -> new float[values.length]);
        for (int i = 0; i < values.length; i++) {
            v[i] = momentum * v[i] + gradient[i];
            values[i] -= learningRate * v[i];
        }
    }
}
