package io.tenflowers.autograd.kernels;

/**
 * Index-driven reads and their adjoint writes. Max pooling is a gather of the window maxima,
 * and its gradient a scatter-add back to those positions.
 */
public final class GatherKernels {
    private GatherKernels() {
    }

    /** {@code out[i] = x[index[i]]}. */
    public static float[] gather(float[] x, int[] index) {
        float[] out = Buffers.uninitialized(index.length);
        for (int i = 0; i < index.length; i++) {
            out[i] = x[index[i]];
        }
        return out;
    }

    /** {@code out[index[i]] += g[i]} into a zeroed array of {@code size}: the adjoint of {@link #gather}. */
    public static float[] scatterAdd(float[] g, int[] index, int size) {
        float[] out = Buffers.zeroed(size);
        for (int i = 0; i < index.length; i++) {
            out[index[i]] += g[i];
        }
        return out;
    }

    /**
     * Flat indices into {@code x[N, C, H, W]} of the maximum of each {@code k×k} window taken every
     * {@code stride} pixels (no padding); output {@code [N, C, (H-k)/stride+1, (W-k)/stride+1]}.
     * Ties go to the first maximum in row-major window order, so exactly one input receives each
     * output's gradient (PyTorch does the same).
     */
    public static int[] maxPoolIndices(float[] x, int n, int c, int h, int w, int k, int stride) {
        int oh = (h - k) / stride + 1;
        int ow = (w - k) / stride + 1;
        int[] index = new int[n * c * oh * ow];
        int o = 0;
        for (int plane = 0; plane < n * c; plane++) {
            int base = plane * h * w;
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++) {
                    int best = base + oy * stride * w + ox * stride;
                    for (int i = 0; i < k; i++) {
                        int row = base + (oy * stride + i) * w + ox * stride;
                        for (int j = 0; j < k; j++) {
                            if (x[row + j] > x[best]) {
                                best = row + j;
                            }
                        }
                    }
                    index[o++] = best;
                }
            }
        }
        return index;
    }
}
