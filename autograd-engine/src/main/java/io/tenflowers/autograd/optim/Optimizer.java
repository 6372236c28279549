package io.tenflowers.autograd.optim;

import io.tenflowers.autograd.Tensor;

import java.util.Arrays;
import java.util.List;

/** Updates variables in place from their gradients. */
public abstract class Optimizer {
    /**
     * Applies one update to each parameter (a {@linkplain Tensor#variable variable}) from the
     * gradient at the same position, which must have its shape.
     */
    public final void step(List<Tensor> parameters, List<Tensor> gradients) {
        if (parameters == null || gradients == null || parameters.size() != gradients.size()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ".step: need one gradient per parameter, got "
                    + (parameters == null ? "null" : parameters.size()) + " parameters and "
                    + (gradients == null ? "null" : gradients.size()) + " gradients");
        }
        beginStep();
        for (int i = 0; i < parameters.size(); i++) {
            Tensor p = parameters.get(i);
            Tensor g = gradients.get(i);
            if (p == null || g == null || !p.isVariable() || !Arrays.equals(p.shape(), g.shape())) {
                throw new IllegalArgumentException(getClass().getSimpleName() + ".step: parameter #" + i + " ("
                        + p + ") must be a variable with the shape of its gradient (" + g + ")");
            }
            float[] grad = g.toFloatArray();
            p.updateInPlace(values -> update(p, values, grad));
        }
    }

    /** Called once per step before the parameters are updated (e.g. to advance a step counter). */
    protected void beginStep() {
    }

    /** Updates {@code values} (the parameter's own buffer) from {@code gradient}. */
    protected abstract void update(Tensor parameter, float[] values, float[] gradient);
}
