package io.tenflowers.autograd.optim;

import io.tenflowers.autograd.Tensor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Adam (Kingma &amp; Ba, 2015): {@code m ← β1·m + (1-β1)·g; v ← β2·v + (1-β2)·g²;
 * p ← p - lr · m̂ / (√v̂ + ε)} with bias corrections {@code m̂ = m/(1-β1^t)}, {@code v̂ = v/(1-β2^t)}.
 */
public final class Adam extends Optimizer {
    private final float learningRate;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final Map<Tensor, float[][]> moments = new IdentityHashMap<>();
    private int step;

    /** Adam with the usual defaults β1 = 0.9, β2 = 0.999, ε = 1e-8. */
    public Adam(float learningRate) {
        this(learningRate, 0.9f, 0.999f, 1e-8f);
    }

    public Adam(float learningRate, float beta1, float beta2, float epsilon) {
        if (!(learningRate > 0f) || !(beta1 >= 0f && beta1 < 1f) || !(beta2 >= 0f && beta2 < 1f) || !(epsilon > 0f)) {
            throw new IllegalArgumentException("Adam: need learningRate > 0, 0 <= beta1, beta2 < 1 and epsilon > 0, got "
                    + learningRate + ", " + beta1 + ", " + beta2 + ", " + epsilon);
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    protected void beginStep() {
        step++;
    }

    @Override
    protected void update(Tensor parameter, float[] values, float[] gradient) {
        float[][] mv = moments.computeIfAbsent(parameter, p -> new float[][]{new float[values.length], new float[values.length]});
        float[] m = mv[0];
        float[] v = mv[1];
        double correction1 = 1.0 - Math.pow(beta1, step);
        double correction2 = 1.0 - Math.pow(beta2, step);
        float stepSize = (float) (learningRate * Math.sqrt(correction2) / correction1);
        float eps = (float) (epsilon * Math.sqrt(correction2));
        for (int i = 0; i < values.length; i++) {
            float g = gradient[i];
            m[i] = beta1 * m[i] + (1f - beta1) * g;
            v[i] = beta2 * v[i] + (1f - beta2) * g * g;
            values[i] -= stepSize * m[i] / ((float) Math.sqrt(v[i]) + eps);
        }
    }
}
