package io.tenflowers.autograd.kernels;

/**
 * The element-wise loops the Vector API speeds up most: transcendentals (SVML), and loops whose
 * scalar form branches on the data (relu and its gradient mispredict on random signs) or carries
 * one dependency chain (a sum).
 */
interface MathKernel {
    /** {@code out[i] = e^x[i]}. */
    void exp(float[] x, float[] out);

    /** {@code out[i] = 1 / (1 + e^-x[i])}. */
    void sigmoid(float[] x, float[] out);

    /** {@code out[i] = tanh(x[i])}. */
    void tanh(float[] x, float[] out);

    /** {@code out[i] = ln x[i]}. */
    void log(float[] x, float[] out);

    /** {@code out[i] = max(x[i], 0)}. */
    void relu(float[] x, float[] out);

    /**
     * The fused activation gradients: relu {@code g·[s>0]}, sigmoid {@code g·s·(1-s)}, tanh
     * {@code g·(1-s²)}; {@code g} has one element (repeated) or as many as {@code s}.
     */
    void activationGrad(ActivationGradKernels.Kind kind, float[] g, float[] s, float[] out);

    /**
     * {@code Σ x[from .. from+n)}, accumulated in more than one chain, returned as double; within
     * 1e-6 of the result plus 1e-9·Σ|x| (no running f32 sum, whose error grows with n).
     */
    double sum(float[] x, int from, int n);

    /** {@code max x[from .. from+n)} with {@link Math#max} semantics (NaN wins; +0 above -0); -∞ for n = 0. */
    float max(float[] x, int from, int n);

    /** {@code min x[from .. from+n)} with {@link Math#min} semantics (NaN wins; -0 below +0); +∞ for n = 0. */
    float min(float[] x, int from, int n);
}
