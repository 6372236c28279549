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
        float[] out = new float[n * rows * cols];
        for (int img = 0; img < n; img++) {
            for (int ch = 0; ch < c; ch++) {
                int xBase = (img * c + ch) * h * w;
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        int rowBase = (img * rows + (ch * kh + i) * kw + j) * cols;
                        for (int oy = 0; oy < oh; oy++) {
                            int y = oy * stride + i - pad;
                            if (y < 0 || y >= h) {
                                continue; // stays 0
                            }
                            int outRow = rowBase + oy * ow;
                            int xRow = xBase + y * w;
                            for (int ox = 0; ox < ow; ox++) {
                                int xx = ox * stride + j - pad;
                                if (xx >= 0 && xx < w) {
                                    out[outRow + ox] = x[xRow + xx];
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
        float[] x = new float[n * c * h * w];
        for (int img = 0; img < n; img++) {
            for (int ch = 0; ch < c; ch++) {
                int xBase = (img * c + ch) * h * w;
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        int rowBase = (img * rows + (ch * kh + i) * kw + j) * ncols;
                        for (int oy = 0; oy < oh; oy++) {
                            int y = oy * stride + i - pad;
                            if (y < 0 || y >= h) {
                                continue;
                            }
                            int colRow = rowBase + oy * ow;
                            int xRow = xBase + y * w;
                            for (int ox = 0; ox < ow; ox++) {
                                int xx = ox * stride + j - pad;
                                if (xx >= 0 && xx < w) {
                                    x[xRow + xx] += cols[colRow + ox];
                                }
                            }
                        }
                    }
                }
            }
        }
        return x;
    }
}
