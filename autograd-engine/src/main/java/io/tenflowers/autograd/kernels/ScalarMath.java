package io.tenflowers.autograd.kernels;

/** {@link MathKernel} with {@code java.lang.Math}: correct everywhere, ~5 ns per exp. */
final class ScalarMath implements MathKernel {
    @Override
    public void exp(float[] x, float[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) Math.exp(x[i]);
        }
    }

    @Override
    public void sigmoid(float[] x, float[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = sigmoid(x[i]);
        }
    }

    // Split by sign so that exp never overflows: for x < 0, e^x / (1 + e^x).
    private static float sigmoid(float x) {
        if (x >= 0f) {
            return (float) (1.0 / (1.0 + Math.exp(-x)));
        }
        double e = Math.exp(x);
        return (float) (e / (1.0 + e));
    }

    @Override
    public void tanh(float[] x, float[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) Math.tanh(x[i]);
        }
    }

    @Override
    public void log(float[] x, float[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) Math.log(x[i]);
        }
    }
}
