package io.tenflowers.autograd.kernels;

/**
 * im2col and its adjoint col2im for 2-D convolution on NCHW data. With
 * {@code OH = (H + 2·pad - kh) / stride + 1} (likewise OW), im2col turns {@code x[N, C, H, W]} into
 * {@code cols[N, C·kh·kw, OH·OW]}, so that convolution is one matrix product per image:
 * {@code out[n] = W[O, C·kh·kw] · cols[n]}. Positions in the padding read as 0.
 */
public final class ConvolutionKernels {
    private ConvolutionKernels() {
    }

    /** Output extent of one spatial dimension. */
    public static int outputSize(int in, int kernel, int stride, int padding) {
        return (in + 2 * padding - kernel) / stride + 1;
    }

    /** {@code cols[n, (c·kh + i)·kw + j, oy·OW + ox] = x[n, c, oy·stride + i - pad, ox·stride + j - pad]}. */
    public static float[] im2col(float[] x, int n, int c, int h, int w, int kh, int kw, int stride, int pad) {
        int oh = outputSize(h, kh, stride, pad);
        int ow = outputSize(w, kw, stride, pad);
        int rows = c * kh * kw;
        int cols = oh * ow;
        float[] out = Buffers.zeroed(n * rows * cols);
        for (int img = 0; img < n; img++) {
            for (int ch = 0; ch < c; ch++) {
                int xBase = (img * c + ch) * h * w;
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        int rowBase = (img * rows + (ch * kh + i) * kw + j) * cols;
                        int from = firstInside(j, stride, pad);
                        int to = endInside(j, stride, pad, w, ow);
                        for (int oy = 0; oy < oh; oy++) {
                            int y = oy * stride + i - pad;
                            if (y < 0 || y >= h || from >= to) {
                                continue; // stays 0
                            }
                            int outRow = rowBase + oy * ow;
                            int xRow = xBase + y * w + j - pad;
                            if (stride == 1) {
                                System.arraycopy(x, xRow + from, out, outRow + from, to - from);
                            } else {
                                for (int ox = from; ox < to; ox++) {
                                    out[outRow + ox] = x[xRow + ox * stride];
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The adjoint of {@link #im2col}: every column entry is added back to the pixel it was read from. */
    public static float[] col2im(float[] cols, int n, int c, int h, int w, int kh, int kw, int stride, int pad) {
        int oh = outputSize(h, kh, stride, pad);
        int ow = outputSize(w, kw, stride, pad);
        int rows = c * kh * kw;
        int ncols = oh * ow;
        float[] x = Buffers.zeroed(n * c * h * w);
        for (int img = 0; img < n; img++) {
            for (int ch = 0; ch < c; ch++) {
                int xBase = (img * c + ch) * h * w;
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        int rowBase = (img * rows + (ch * kh + i) * kw + j) * ncols;
                        int from = firstInside(j, stride, pad);
                        int to = endInside(j, stride, pad, w, ow);
                        for (int oy = 0; oy < oh; oy++) {
                            int y = oy * stride + i - pad;
                            if (y < 0 || y >= h) {
                                continue;
                            }
                            int colRow = rowBase + oy * ow;
                            int xRow = xBase + y * w + j - pad;
                            for (int ox = from; ox < to; ox++) {
                                x[xRow + ox * stride] += cols[colRow + ox];
                            }
                        }
                    }
                }
            }
        }
        return x;
    }

    /** First output column whose tap {@code j} reads inside the image: ox·stride + j - pad ≥ 0. */
    private static int firstInside(int j, int stride, int pad) {
        int need = pad - j;
        return need <= 0 ? 0 : (need + stride - 1) / stride;
    }

    /** One past the last output column whose tap {@code j} reads inside: ox·stride + j - pad ≤ w - 1. */
    private static int endInside(int j, int stride, int pad, int w, int ow) {
        int limit = w - 1 + pad - j;
        return limit < 0 ? 0 : Math.min(ow, limit / stride + 1);
    }

    /** Whether the direct (im2col-free) stride-1 kernels are available on this backend. */
    public static boolean directAvailable() {
        return KernelBackend.CONV != null;
    }

    /**
     * Stride-1 convolution computed directly: {@code x [n,c,h,w]}, {@code weight [o,c,kh,kw]},
     * zero padding {@code pad}, plus {@code bias [o]} added to every output of channel o (null:
     * none); returns {@code [n, o, h+2pad-kh+1, w+2pad-kw+1]}.
     */
    public static float[] directForward(float[] x, int n, int c, int h, int w, float[] weight, int o, int kh, int kw,
                                        int pad, float[] bias) {
        float[] padded = pad(x, n * c, h, w, pad, pad);
        return KernelBackend.CONV.correlate(padded, n, c, h + 2 * pad, w + 2 * pad, weight, o, kh, kw, bias);
    }

    /**
     * Gradient of {@link #directForward} w.r.t. its input: a full correlation of {@code g [n,o,oh,ow]}
     * (padded by kh-1, kw-1) with the weights flipped and their channel axes swapped, cropped by
     * {@code pad}; returns {@code [n, c, h, w]}.
     */
    public static float[] directInputGradient(float[] g, int n, int o, int oh, int ow, float[] weight, int c, int kh,
                                              int kw, int pad) {
        float[] flipped = new float[weight.length];
        for (int oc = 0; oc < o; oc++) {
            for (int ic = 0; ic < c; ic++) {
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        flipped[((ic * o + oc) * kh + (kh - 1 - i)) * kw + (kw - 1 - j)] = weight[((oc * c + ic) * kh + i) * kw + j];
                    }
                }
            }
        }
        if (pad <= kh - 1 && pad <= kw - 1) {
            // Pad g only as far as the input's own rows and columns need: the result is [n, c, h, w] directly.
            int ph = kh - 1 - pad;
            int pw = kw - 1 - pad;
            float[] padded = pad(g, n * o, oh, ow, ph, pw);
            return KernelBackend.CONV.correlate(padded, n, o, oh + 2 * ph, ow + 2 * pw, flipped, c, kh, kw, null);
        }
        float[] padded = pad(g, n * o, oh, ow, kh - 1, kw - 1);
        float[] full = KernelBackend.CONV.correlate(padded, n, o, oh + 2 * (kh - 1), ow + 2 * (kw - 1), flipped, c, kh, kw, null);
        int fullH = oh + kh - 1;
        int fullW = ow + kw - 1;
        return crop(full, n * c, fullH, fullW, pad);
    }

    /** Gradient of {@link #directForward} w.r.t. its weight: returns {@code [o, c, kh, kw]}. */
    public static float[] directWeightGradient(float[] x, int n, int c, int h, int w, float[] g, int o, int kh, int kw,
                                               int pad) {
        float[] padded = pad(x, n * c, h, w, pad, pad);
        return KernelBackend.CONV.weightGradient(padded, n, c, h + 2 * pad, w + 2 * pad, g, o, kh, kw);
    }

    /**
     * Padded copies are temporaries that never leave a kernel call, so each thread reuses one
     * buffer for them (up to 4 M floats; larger ones are allocated): a fresh array is zeroed by
     * the JVM in memory that is not in cache (W9's padded gradient, 592 KB, cost ~35 µs that way).
     * Only one padded copy is alive per thread at a time: each is consumed by the kernel call
     * that follows it, before the next one is made.
     */
    private static final ThreadLocal<float[][]> PAD_SCRATCH = ThreadLocal.withInitial(() -> new float[][]{new float[0]});
    private static final int MAX_SCRATCH_FLOATS = 1 << 22;

    /**
     * {@code planes} planes of {@code h×w}, surrounded by {@code ph} zero rows and {@code pw} zero
     * columns, in the thread's scratch buffer (the caller must be done with it before padding again).
     */
    private static float[] pad(float[] x, int planes, int h, int w, int ph, int pw) {
        if (ph == 0 && pw == 0) {
            return x;
        }
        int hp = h + 2 * ph;
        int wp = w + 2 * pw;
        int size = planes * hp * wp;
        float[] out;
        if (size <= MAX_SCRATCH_FLOATS) {
            float[][] scratch = PAD_SCRATCH.get();
            if (scratch[0].length < size) {
                scratch[0] = new float[size];
            }
            out = scratch[0];
        } else {
            out = new float[size];
        }
        // Every position is written (the buffer holds an earlier call's data): zero rows above
        // and below each plane, and zero columns either side of each copied row.
        for (int p = 0; p < planes; p++) {
            int plane = p * hp * wp;
            java.util.Arrays.fill(out, plane, plane + ph * wp, 0f);
            for (int y = 0; y < h; y++) {
                int row = plane + (y + ph) * wp;
                java.util.Arrays.fill(out, row, row + pw, 0f);
                System.arraycopy(x, (p * h + y) * w, out, row + pw, w);
                java.util.Arrays.fill(out, row + pw + w, row + wp, 0f);
            }
            java.util.Arrays.fill(out, plane + (h + ph) * wp, plane + hp * wp, 0f);
        }
        return out;
    }

    /** The inner {@code (h-2·pad)×(w-2·pad)} of each plane. */
    private static float[] crop(float[] x, int planes, int h, int w, int pad) {
        if (pad == 0) {
            return x;
        }
        int hc = h - 2 * pad;
        int wc = w - 2 * pad;
        float[] out = Buffers.uninitialized(planes * hc * wc);
        for (int p = 0; p < planes; p++) {
            for (int y = 0; y < hc; y++) {
                System.arraycopy(x, (p * h + y + pad) * w + pad, out, (p * hc + y) * wc, wc);
            }
        }
        return out;
    }
}
