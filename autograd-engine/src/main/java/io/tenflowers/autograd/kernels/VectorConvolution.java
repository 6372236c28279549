package io.tenflowers.autograd.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link DirectConvolutionKernel} with the Vector API. {@link #correlate} keeps a 4-channel ×
 * L-column tile of the output in registers and walks the C·kh·kw taps, each tap one load of a
 * shifted image row and four FMAs with broadcast weights. {@link #weightGradient} keeps, for one
 * (output channel, input channel, kernel row), up to four kernel columns' partial sums in
 * registers across every image row, then reduces the lanes. Columns that do not fill a vector
 * go through plain loops. Loaded only when the Vector API module is present.
 */
final class VectorConvolution implements DirectConvolutionKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int L = SPECIES.length();
    private static final int CHANNEL_BLOCK = 4;

    @Override
    public float[] correlate(float[] in, int images, int inChannels, int inH, int inW,
                             float[] w, int outChannels, int kh, int kw) {
        int outH = inH - kh + 1;
        int outW = inW - kw + 1;
        float[] out = new float[images * outChannels * outH * outW];
        int vectorEnd = outW / L * L;
        for (int n = 0; n < images; n++) {
            int inImage = n * inChannels * inH * inW;
            for (int o = 0; o < outChannels; o += CHANNEL_BLOCK) {
                int block = Math.min(CHANNEL_BLOCK, outChannels - o);
                for (int y = 0; y < outH; y++) {
                    int outRow = ((n * outChannels + o) * outH + y) * outW;
                    for (int x = 0; x < vectorEnd; x += L) {
                        if (block == CHANNEL_BLOCK) {
                            tile4(in, inImage + y * inW + x, inChannels, inH * inW, inW, w, o, kh, kw,
                                    out, outRow + x, outH * outW);
                        } else {
                            for (int b = 0; b < block; b++) {
                                tile1(in, inImage + y * inW + x, inChannels, inH * inW, inW, w, o + b, kh, kw,
                                        out, outRow + b * outH * outW + x);
                            }
                        }
                    }
                    for (int b = 0; b < block; b++) {
                        scalarTail(in, inImage + y * inW, inChannels, inH * inW, inW, w, o + b, kh, kw,
                                out, outRow + b * outH * outW, vectorEnd, outW);
                    }
                }
            }
        }
        return out;
    }

    /** Four output channels × L columns: out[o..o+3][x..x+L) = Σ taps. */
    private static void tile4(float[] in, int inStart, int inChannels, int plane, int inW, float[] w, int o,
                              int kh, int kw, float[] out, int outStart, int outPlane) {
        FloatVector a0 = FloatVector.zero(SPECIES);
        FloatVector a1 = FloatVector.zero(SPECIES);
        FloatVector a2 = FloatVector.zero(SPECIES);
        FloatVector a3 = FloatVector.zero(SPECIES);
        int taps = inChannels * kh * kw;
        int w0 = o * taps;
        for (int c = 0; c < inChannels; c++) {
            for (int i = 0; i < kh; i++) {
                int row = inStart + c * plane + i * inW;
                int tap = (c * kh + i) * kw;
                for (int j = 0; j < kw; j++) {
                    FloatVector v = FloatVector.fromArray(SPECIES, in, row + j);
                    int t = w0 + tap + j;
                    a0 = v.fma(FloatVector.broadcast(SPECIES, w[t]), a0);
                    a1 = v.fma(FloatVector.broadcast(SPECIES, w[t + taps]), a1);
                    a2 = v.fma(FloatVector.broadcast(SPECIES, w[t + 2 * taps]), a2);
                    a3 = v.fma(FloatVector.broadcast(SPECIES, w[t + 3 * taps]), a3);
                }
            }
        }
        a0.intoArray(out, outStart);
        a1.intoArray(out, outStart + outPlane);
        a2.intoArray(out, outStart + 2 * outPlane);
        a3.intoArray(out, outStart + 3 * outPlane);
    }

    private static void tile1(float[] in, int inStart, int inChannels, int plane, int inW, float[] w, int o,
                              int kh, int kw, float[] out, int outStart) {
        FloatVector a = FloatVector.zero(SPECIES);
        int w0 = o * inChannels * kh * kw;
        for (int c = 0; c < inChannels; c++) {
            for (int i = 0; i < kh; i++) {
                int row = inStart + c * plane + i * inW;
                int tap = w0 + (c * kh + i) * kw;
                for (int j = 0; j < kw; j++) {
                    a = FloatVector.fromArray(SPECIES, in, row + j).fma(FloatVector.broadcast(SPECIES, w[tap + j]), a);
                }
            }
        }
        a.intoArray(out, outStart);
    }

    private static void scalarTail(float[] in, int inRowStart, int inChannels, int plane, int inW, float[] w, int o,
                                   int kh, int kw, float[] out, int outRow, int from, int to) {
        int w0 = o * inChannels * kh * kw;
        for (int x = from; x < to; x++) {
            float s = 0f;
            for (int c = 0; c < inChannels; c++) {
                for (int i = 0; i < kh; i++) {
                    int row = inRowStart + c * plane + i * inW + x;
                    int tap = w0 + (c * kh + i) * kw;
                    for (int j = 0; j < kw; j++) {
                        s += w[tap + j] * in[row + j];
                    }
                }
            }
            out[outRow + x] = s;
        }
    }

    @Override
    public float[] weightGradient(float[] in, int images, int inChannels, int inH, int inW,
                                  float[] g, int outChannels, int kh, int kw) {
        int outH = inH - kh + 1;
        int outW = inW - kw + 1;
        float[] dw = new float[outChannels * inChannels * kh * kw];
        for (int o = 0; o < outChannels; o++) {
            for (int c = 0; c < inChannels; c++) {
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j += 4) {
                        int count = Math.min(4, kw - j);
                        weightGradientTaps(in, images, inChannels, inH, inW, g, outChannels, outH, outW,
                                o, c, i, j, count, dw, ((o * inChannels + c) * kh + i) * kw + j);
                    }
                }
            }
        }
        return dw;
    }

    /** dw for kernel columns j..j+count-1 (count ≤ 4) of one (o, c, i), summed over every image row. */
    private static void weightGradientTaps(float[] in, int images, int inChannels, int inH, int inW, float[] g,
                                           int outChannels, int outH, int outW, int o, int c, int i, int j, int count,
                                           float[] dw, int dwAt) {
        FloatVector a0 = FloatVector.zero(SPECIES);
        FloatVector a1 = FloatVector.zero(SPECIES);
        FloatVector a2 = FloatVector.zero(SPECIES);
        FloatVector a3 = FloatVector.zero(SPECIES);
        double[] tail = new double[4];
        int vectorEnd = outW / L * L;
        for (int n = 0; n < images; n++) {
            int gPlane = (n * outChannels + o) * outH * outW;
            int inPlane = (n * inChannels + c) * inH * inW;
            for (int y = 0; y < outH; y++) {
                int gRow = gPlane + y * outW;
                int inRow = inPlane + (y + i) * inW + j;
                for (int x = 0; x < vectorEnd; x += L) {
                    FloatVector gv = FloatVector.fromArray(SPECIES, g, gRow + x);
                    a0 = gv.fma(FloatVector.fromArray(SPECIES, in, inRow + x), a0);
                    if (count > 1) {
                        a1 = gv.fma(FloatVector.fromArray(SPECIES, in, inRow + x + 1), a1);
                    }
                    if (count > 2) {
                        a2 = gv.fma(FloatVector.fromArray(SPECIES, in, inRow + x + 2), a2);
                    }
                    if (count > 3) {
                        a3 = gv.fma(FloatVector.fromArray(SPECIES, in, inRow + x + 3), a3);
                    }
                }
                for (int x = vectorEnd; x < outW; x++) {
                    for (int t = 0; t < count; t++) {
                        tail[t] += (double) g[gRow + x] * in[inRow + x + t];
                    }
                }
            }
        }
        dw[dwAt] = (float) (a0.reduceLanes(VectorOperators.ADD) + tail[0]);
        if (count > 1) {
            dw[dwAt + 1] = (float) (a1.reduceLanes(VectorOperators.ADD) + tail[1]);
        }
        if (count > 2) {
            dw[dwAt + 2] = (float) (a2.reduceLanes(VectorOperators.ADD) + tail[2]);
        }
        if (count > 3) {
            dw[dwAt + 3] = (float) (a3.reduceLanes(VectorOperators.ADD) + tail[3]);
        }
    }
}
