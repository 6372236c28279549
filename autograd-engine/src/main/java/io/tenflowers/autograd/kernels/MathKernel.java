package io.tenflowers.autograd.kernels;

/** The transcendental element-wise loops, which the Vector API speeds up most (SVML). */
interface MathKernel {
    /** {@code out[i] = e^x[i]}. */
    void exp(float[] x, float[] out);

    /** {@code out[i] = 1 / (1 + e^-x[i])}. */
    void sigmoid(float[] x, float[] out);

    /** {@code out[i] = tanh(x[i])}. */
    void tanh(float[] x, float[] out);

    /** {@code out[i] = ln x[i]}. */
    void log(float[] x, float[] out);
}
