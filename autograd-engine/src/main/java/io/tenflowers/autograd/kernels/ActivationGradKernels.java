package io.tenflowers.autograd.kernels;

/**
 * Fused backward passes of the activations: one read of the saved tensor and one write, instead
 * of the three to five element-wise ops (each with a fresh array) the composite formulas take.
 * The incoming gradient is either full-size or a single value (the common case: the gradient of
 * a sum), so no broadcast copy is made.
 */
public final class ActivationGradKernels {
    private ActivationGradKernels() {
    }

    /** The derivative formulas, in terms of the saved tensor s (the input for relu, the output otherwise). */
    public enum Kind {
        /** g · [s &gt; 0], s = the input. */
        RELU,
        /** g · s · (1 - s), s = σ(x). */
        SIGMOID,
        /** g · (1 - s²), s = tanh(x). */
        TANH
    }

    /** @param g gradient, of {@code s.length} elements or a single value */
    public static float[] backward(Kind kind, float[] g, float[] s) {
        float[] out = Buffers.uninitialized(s.length);
        KernelBackend.MATH.activationGrad(kind, g, s, out);
        return out;
    }
}
