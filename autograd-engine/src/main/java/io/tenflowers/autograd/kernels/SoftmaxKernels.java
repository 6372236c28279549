package io.tenflowers.autograd.kernels;

/**
 * Numerically stable softmax and log-softmax along one axis of a tensor viewed as
 * {@code [outer, axisLength, inner]}: the maximum is subtracted before exponentiating.
 */
public final class SoftmaxKernels {
    private SoftmaxKernels() {
    }

    /**
     * {@code softmax: y_i = exp(x_i - max) / Σ exp(x_j - max)};
     * {@code logSoftmax: y_i = x_i - max - log Σ exp(x_j - max)}.
     */
    public static float[] softmax(float[] x, int outer, int axisLength, int inner, boolean log) {
        float[] out = new float[x.length];
        for (int o = 0; o < outer; o++) {
            for (int in = 0; in < inner; in++) {
                int base = o * axisLength * inner + in;
                float max = Float.NEGATIVE_INFINITY;
                for (int a = 0; a < axisLength; a++) {
                    max = Math.max(max, x[base + a * inner]);
                }
                double sum = 0;
                for (int a = 0; a < axisLength; a++) {
                    sum += Math.exp(x[base + a * inner] - max);
                }
                if (log) {
                    float logSum = (float) Math.log(sum);
                    for (int a = 0; a < axisLength; a++) {
                        out[base + a * inner] = x[base + a * inner] - max - logSum;
                    }
                } else {
                    double inv = 1.0 / sum;
                    for (int a = 0; a < axisLength; a++) {
                        out[base + a * inner] = (float) (Math.exp(x[base + a * inner] - max) * inv);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Mean cross-entropy of row-wise logits {@code [batch, classes]} against class indices:
     * {@code (1/B) Σ_b (logΣ_c exp(x_bc) - x_b,t_b)}, computed stably.
     */
    public static float crossEntropy(float[] logits, int batch, int classes, int[] targets) {
        double total = 0;
        for (int b = 0; b < batch; b++) {
            int row = b * classes;
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, logits[row + c]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += Math.exp(logits[row + c] - max);
            }
            total += max + Math.log(sum) - logits[row + targets[b]];
        }
        return (float) (total / batch);
    }
}
