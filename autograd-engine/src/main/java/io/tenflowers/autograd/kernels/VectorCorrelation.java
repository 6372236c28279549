package io.tenflowers.autograd.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * One stride-1 "valid" correlation with the Vector API: {@code out[n,o,y,x] = bias[o] +
 * Σ_{c,i,j} w[o,c,i,j] · in[n,c,y+i,x+j]} (see {@link DirectConvolutionKernel#correlate}).
 *
 * <p>The output of each image is walked as a flat list of whole L-wide vectors (a row's last
 * partial vector goes through plain loops). A register tile holds several output channels ×
 * several of those vectors and walks the C·kh·kw taps in one flat loop, each tap a load of a
 * shifted image row per vector and one broadcast weight per channel: 8 channels × 2 vectors
 * where eight channels are left, 3 × 4 for a block of three (an RGB input's gradient), else 4 × 2.
 * C2 keeps loop-carried vectors in registers across one loop level only (through nested loops
 * they were boxed, ~50× slower), hence the flat lists and the unrolled tiles.
 *
 * <p>Built once per call: the tap offsets, the weights interleaved per tap for each channel
 * block, and the chunk lists; {@link #run} then fills the output, images split across threads
 * when large enough.
 */
final class VectorCorrelation {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int L = SPECIES.length();
    private static final int CHANNEL_BLOCK = 4;

    private final float[] in;
    private final float[] w;
    private final int images;
    private final int inChannels;
    private final int inH;
    private final int inW;
    private final int outChannels;
    private final int outH;
    private final int outW;
    private final int outPlane;
    private final int vectorEnd;
    private final int taps;
    private final int blocks;
    /** Offset of tap t = (c, i, j) in an image: c·inH·inW + i·inW + j. */
    private final int[] tapOffsets;
    /** Per 4-channel block, the weights interleaved tap by tap (zero for a partial block's missing channels). */
    private final float[][] packed;
    /** Per 8-channel block, the same with eight channels. */
    private final float[][] packedWide;
    /** The bias per output channel, padded to whole blocks with zeros (all zeros without a bias). */
    private final float[] packedBias;
    /** Start of each whole output vector of an image, in the image's input and in its output plane. */
    private final int[] inStart;
    private final int[] outStart;

    VectorCorrelation(float[] in, int images, int inChannels, int inH, int inW, float[] w, int outChannels, int kh,
                      int kw, float[] bias) {
        this.in = in;
        this.w = w;
        this.images = images;
        this.inChannels = inChannels;
        this.inH = inH;
        this.inW = inW;
        this.outChannels = outChannels;
        this.outH = inH - kh + 1;
        this.outW = inW - kw + 1;
        this.outPlane = outH * outW;
        this.vectorEnd = outW / L * L;
        this.taps = inChannels * kh * kw;
        this.tapOffsets = new int[taps];
        for (int c = 0, t = 0; c < inChannels; c++) {
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++, t++) {
                    tapOffsets[t] = c * inH * inW + i * inW + j;
                }
            }
        }
        this.blocks = (outChannels + CHANNEL_BLOCK - 1) / CHANNEL_BLOCK;
        this.packed = interleave(w, outChannels, taps, CHANNEL_BLOCK, blocks);
        this.packedWide = interleave(w, outChannels, taps, WIDE_BLOCK, outChannels / WIDE_BLOCK);
        this.packedBias = new float[blocks * CHANNEL_BLOCK];
        if (bias != null) {
            System.arraycopy(bias, 0, packedBias, 0, outChannels);
        }
        int chunks = outH * (vectorEnd / L);
        this.inStart = new int[chunks];
        this.outStart = new int[chunks];
        for (int y = 0, k = 0; y < outH; y++) {
            for (int x = 0; x < vectorEnd; x += L, k++) {
                inStart[k] = y * inW + x;
                outStart[k] = y * outW + x;
            }
        }
    }

    /** The first {@code count} blocks of {@code width} channels, weights interleaved tap by tap. */
    private static float[][] interleave(float[] w, int outChannels, int taps, int width, int count) {
        float[][] result = new float[count][taps * width];
        for (int block = 0; block < count; block++) {
            int o = block * width;
            int channels = Math.min(width, outChannels - o);
            for (int t = 0; t < taps; t++) {
                for (int b = 0; b < channels; b++) {
                    result[block][t * width + b] = w[(o + b) * taps + t];
                }
            }
        }
        return result;
    }

    /** The output {@code [images, outChannels, outH, outW]}. */
    float[] run() {
        float[] out = Buffers.zeroed(images * outChannels * outPlane);
        // Images are independent: with tenflowers.threads > 1, large convolutions split them.
        int parts = VectorConvolution.chunksFor(images, (long) images * outChannels * outPlane * taps);
        Parallelism.forEachChunk(parts, part -> {
            for (int n = images * part / parts; n < images * (part + 1) / parts; n++) {
                image(n, out);
            }
        });
        return out;
    }

    private void image(int n, float[] out) {
        for (int ob = 0; ob < blocks; ob++) {
            int o = ob * CHANNEL_BLOCK;
            if (o % WIDE_BLOCK == 0 && o + WIDE_BLOCK <= outChannels) {
                int next = wideTiles(n, o, out);
                finishBlock(n, ob, next, out);
                finishBlock(n, ob + 1, next, out);
                ob++;
            } else {
                finishBlock(n, ob, blockTiles(n, ob, out), out);
            }
        }
    }

    /** Eight channels from o over every pair of chunks; returns the first chunk not done. */
    private int wideTiles(int n, int o, float[] out) {
        int inImage = n * inChannels * inH * inW;
        int outBlock = (n * outChannels + o) * outPlane;
        float[] weights = packedWide[o / WIDE_BLOCK];
        int k = 0;
        for (; k + 1 < inStart.length; k += 2) {
            tile8x2(in, inImage + inStart[k], inImage + inStart[k + 1], tapOffsets, weights, packedBias, o, out,
                    outBlock + outStart[k], outBlock + outStart[k + 1], outPlane);
        }
        return k;
    }

    /** One 4-channel (or partial) block over groups of chunks; returns the first chunk not done. */
    private int blockTiles(int n, int ob, float[] out) {
        int o = ob * CHANNEL_BLOCK;
        int block = Math.min(CHANNEL_BLOCK, outChannels - o);
        int inImage = n * inChannels * inH * inW;
        int outBlock = (n * outChannels + o) * outPlane;
        int k = 0;
        if (block == 3) {
            // Three channels (an RGB input's gradient): a 4-channel tile would waste a quarter of its FMAs.
            for (; k + 3 < inStart.length; k += 4) {
                tile3x4(in, inImage, inStart, k, tapOffsets, packed[ob], packedBias, o, out, outBlock, outStart, outPlane);
            }
        }
        for (; k + 1 < inStart.length; k += 2) {
            tile4x2(in, inImage + inStart[k], inImage + inStart[k + 1], tapOffsets, packed[ob], packedBias, o, out,
                    outBlock + outStart[k], outBlock + outStart[k + 1], outPlane, block);
        }
        return k;
    }

    /** Block ob's chunks from {@code next} on (at most one) and the columns past the last whole vector. */
    private void finishBlock(int n, int ob, int next, float[] out) {
        int o = ob * CHANNEL_BLOCK;
        int block = Math.min(CHANNEL_BLOCK, outChannels - o);
        int inImage = n * inChannels * inH * inW;
        int outBlock = (n * outChannels + o) * outPlane;
        for (int k = next; k < inStart.length; k++) {
            tile4(in, inImage + inStart[k], tapOffsets, packed[ob], packedBias, o, out, outBlock + outStart[k], outPlane,
                    block);
        }
        for (int b = 0; b < block && vectorEnd < outW; b++) {
            for (int y = 0; y < outH; y++) {
                scalarTail(in, inImage + y * inW, tapOffsets, w, (o + b) * taps, packedBias[o + b], out,
                        outBlock + b * outPlane + y * outW, vectorEnd, outW);
            }
        }
    }

    /**
     * Four output channels × two vectors of L outputs (eight accumulators): each tap loads two
     * shifted image vectors and four broadcast weights for eight FMAs, where one vector would
     * need five loads for four. out[o+b][start ..+L) = bias[o+b] + Σ_t packed[t][b] · in[start + offset[t] ..].
     */
    private static void tile4x2(float[] in, int inA, int inB, int[] tapOffsets, float[] packed, float[] bias, int o,
                                float[] out, int outA, int outB, int outPlane, int block) {
        FloatVector a0 = FloatVector.broadcast(SPECIES, bias[o]);
        FloatVector a1 = FloatVector.broadcast(SPECIES, bias[o + 1]);
        FloatVector a2 = FloatVector.broadcast(SPECIES, bias[o + 2]);
        FloatVector a3 = FloatVector.broadcast(SPECIES, bias[o + 3]);
        FloatVector b0 = a0;
        FloatVector b1 = a1;
        FloatVector b2 = a2;
        FloatVector b3 = a3;
        for (int t = 0, p = 0; t < tapOffsets.length; t++, p += CHANNEL_BLOCK) {
            FloatVector va = FloatVector.fromArray(SPECIES, in, inA + tapOffsets[t]);
            FloatVector vb = FloatVector.fromArray(SPECIES, in, inB + tapOffsets[t]);
            FloatVector w0 = FloatVector.broadcast(SPECIES, packed[p]);
            FloatVector w1 = FloatVector.broadcast(SPECIES, packed[p + 1]);
            FloatVector w2 = FloatVector.broadcast(SPECIES, packed[p + 2]);
            FloatVector w3 = FloatVector.broadcast(SPECIES, packed[p + 3]);
            a0 = va.fma(w0, a0);
            b0 = vb.fma(w0, b0);
            a1 = va.fma(w1, a1);
            b1 = vb.fma(w1, b1);
            a2 = va.fma(w2, a2);
            b2 = vb.fma(w2, b2);
            a3 = va.fma(w3, a3);
            b3 = vb.fma(w3, b3);
        }
        a0.intoArray(out, outA);
        b0.intoArray(out, outB);
        if (block > 1) {
            a1.intoArray(out, outA + outPlane);
            b1.intoArray(out, outB + outPlane);
        }
        if (block > 2) {
            a2.intoArray(out, outA + 2 * outPlane);
            b2.intoArray(out, outB + 2 * outPlane);
        }
        if (block > 3) {
            a3.intoArray(out, outA + 3 * outPlane);
            b3.intoArray(out, outB + 3 * outPlane);
        }
    }

    /** Output channels of the wide tile. */
    private static final int WIDE_BLOCK = 8;

    /**
     * Eight output channels × two vectors of L outputs (sixteen accumulators): per tap two image
     * loads and eight broadcast weights for sixteen FMAs (the 4×2 tile: six loads for eight).
     * Measured on W9's forward: ~117 → ~105 µs.
     */
    private static void tile8x2(float[] in, int inA, int inB, int[] tapOffsets, float[] packed, float[] bias, int o,
                                float[] out, int outA, int outB, int outPlane) {
        FloatVector a0 = FloatVector.broadcast(SPECIES, bias[o]);
        FloatVector a1 = FloatVector.broadcast(SPECIES, bias[o + 1]);
        FloatVector a2 = FloatVector.broadcast(SPECIES, bias[o + 2]);
        FloatVector a3 = FloatVector.broadcast(SPECIES, bias[o + 3]);
        FloatVector a4 = FloatVector.broadcast(SPECIES, bias[o + 4]);
        FloatVector a5 = FloatVector.broadcast(SPECIES, bias[o + 5]);
        FloatVector a6 = FloatVector.broadcast(SPECIES, bias[o + 6]);
        FloatVector a7 = FloatVector.broadcast(SPECIES, bias[o + 7]);
        FloatVector b0 = a0, b1 = a1, b2 = a2, b3 = a3, b4 = a4, b5 = a5, b6 = a6, b7 = a7;
        for (int t = 0, p = 0; t < tapOffsets.length; t++, p += WIDE_BLOCK) {
            FloatVector va = FloatVector.fromArray(SPECIES, in, inA + tapOffsets[t]);
            FloatVector vb = FloatVector.fromArray(SPECIES, in, inB + tapOffsets[t]);
            FloatVector w = FloatVector.broadcast(SPECIES, packed[p]);
            a0 = va.fma(w, a0);
            b0 = vb.fma(w, b0);
            w = FloatVector.broadcast(SPECIES, packed[p + 1]);
            a1 = va.fma(w, a1);
            b1 = vb.fma(w, b1);
            w = FloatVector.broadcast(SPECIES, packed[p + 2]);
            a2 = va.fma(w, a2);
            b2 = vb.fma(w, b2);
            w = FloatVector.broadcast(SPECIES, packed[p + 3]);
            a3 = va.fma(w, a3);
            b3 = vb.fma(w, b3);
            w = FloatVector.broadcast(SPECIES, packed[p + 4]);
            a4 = va.fma(w, a4);
            b4 = vb.fma(w, b4);
            w = FloatVector.broadcast(SPECIES, packed[p + 5]);
            a5 = va.fma(w, a5);
            b5 = vb.fma(w, b5);
            w = FloatVector.broadcast(SPECIES, packed[p + 6]);
            a6 = va.fma(w, a6);
            b6 = vb.fma(w, b6);
            w = FloatVector.broadcast(SPECIES, packed[p + 7]);
            a7 = va.fma(w, a7);
            b7 = vb.fma(w, b7);
        }
        a0.intoArray(out, outA);
        b0.intoArray(out, outB);
        a1.intoArray(out, outA + outPlane);
        b1.intoArray(out, outB + outPlane);
        a2.intoArray(out, outA + 2 * outPlane);
        b2.intoArray(out, outB + 2 * outPlane);
        a3.intoArray(out, outA + 3 * outPlane);
        b3.intoArray(out, outB + 3 * outPlane);
        a4.intoArray(out, outA + 4 * outPlane);
        b4.intoArray(out, outB + 4 * outPlane);
        a5.intoArray(out, outA + 5 * outPlane);
        b5.intoArray(out, outB + 5 * outPlane);
        a6.intoArray(out, outA + 6 * outPlane);
        b6.intoArray(out, outB + 6 * outPlane);
        a7.intoArray(out, outA + 7 * outPlane);
        b7.intoArray(out, outB + 7 * outPlane);
    }

    /**
     * Three output channels × four vectors of L outputs (twelve accumulators): per tap four image
     * loads and three broadcast weights for twelve FMAs. Chunks k..k+3 of the image's list.
     */
    private static void tile3x4(float[] in, int inImage, int[] inStart, int k, int[] tapOffsets, float[] packed,
                                float[] bias, int o, float[] out, int outBlock, int[] outStart, int outPlane) {
        int i0 = inImage + inStart[k];
        int i1 = inImage + inStart[k + 1];
        int i2 = inImage + inStart[k + 2];
        int i3 = inImage + inStart[k + 3];
        FloatVector a0 = FloatVector.broadcast(SPECIES, bias[o]);
        FloatVector a1 = FloatVector.broadcast(SPECIES, bias[o + 1]);
        FloatVector a2 = FloatVector.broadcast(SPECIES, bias[o + 2]);
        FloatVector b0 = a0, b1 = a1, b2 = a2, c0 = a0, c1 = a1, c2 = a2, d0 = a0, d1 = a1, d2 = a2;
        for (int t = 0, p = 0; t < tapOffsets.length; t++, p += CHANNEL_BLOCK) {
            int off = tapOffsets[t];
            FloatVector w0 = FloatVector.broadcast(SPECIES, packed[p]);
            FloatVector w1 = FloatVector.broadcast(SPECIES, packed[p + 1]);
            FloatVector w2 = FloatVector.broadcast(SPECIES, packed[p + 2]);
            FloatVector v = FloatVector.fromArray(SPECIES, in, i0 + off);
            a0 = v.fma(w0, a0);
            a1 = v.fma(w1, a1);
            a2 = v.fma(w2, a2);
            v = FloatVector.fromArray(SPECIES, in, i1 + off);
            b0 = v.fma(w0, b0);
            b1 = v.fma(w1, b1);
            b2 = v.fma(w2, b2);
            v = FloatVector.fromArray(SPECIES, in, i2 + off);
            c0 = v.fma(w0, c0);
            c1 = v.fma(w1, c1);
            c2 = v.fma(w2, c2);
            v = FloatVector.fromArray(SPECIES, in, i3 + off);
            d0 = v.fma(w0, d0);
            d1 = v.fma(w1, d1);
            d2 = v.fma(w2, d2);
        }
        int o0 = outBlock + outStart[k];
        int o1 = outBlock + outStart[k + 1];
        int o2 = outBlock + outStart[k + 2];
        int o3 = outBlock + outStart[k + 3];
        a0.intoArray(out, o0);
        a1.intoArray(out, o0 + outPlane);
        a2.intoArray(out, o0 + 2 * outPlane);
        b0.intoArray(out, o1);
        b1.intoArray(out, o1 + outPlane);
        b2.intoArray(out, o1 + 2 * outPlane);
        c0.intoArray(out, o2);
        c1.intoArray(out, o2 + outPlane);
        c2.intoArray(out, o2 + 2 * outPlane);
        d0.intoArray(out, o3);
        d1.intoArray(out, o3 + outPlane);
        d2.intoArray(out, o3 + 2 * outPlane);
    }

    /** Four output channels × L columns, for an odd chunk left over by {@link #tile4x2}. */
    private static void tile4(float[] in, int inStart, int[] tapOffsets, float[] packed, float[] bias, int o,
                              float[] out, int outStart, int outPlane, int block) {
        FloatVector a0 = FloatVector.broadcast(SPECIES, bias[o]);
        FloatVector a1 = FloatVector.broadcast(SPECIES, bias[o + 1]);
        FloatVector a2 = FloatVector.broadcast(SPECIES, bias[o + 2]);
        FloatVector a3 = FloatVector.broadcast(SPECIES, bias[o + 3]);
        for (int t = 0, p = 0; t < tapOffsets.length; t++, p += CHANNEL_BLOCK) {
            FloatVector v = FloatVector.fromArray(SPECIES, in, inStart + tapOffsets[t]);
            a0 = v.fma(FloatVector.broadcast(SPECIES, packed[p]), a0);
            a1 = v.fma(FloatVector.broadcast(SPECIES, packed[p + 1]), a1);
            a2 = v.fma(FloatVector.broadcast(SPECIES, packed[p + 2]), a2);
            a3 = v.fma(FloatVector.broadcast(SPECIES, packed[p + 3]), a3);
        }
        a0.intoArray(out, outStart);
        if (block > 1) {
            a1.intoArray(out, outStart + outPlane);
        }
        if (block > 2) {
            a2.intoArray(out, outStart + 2 * outPlane);
        }
        if (block > 3) {
            a3.intoArray(out, outStart + 3 * outPlane);
        }
    }

    private static void scalarTail(float[] in, int inRowStart, int[] tapOffsets, float[] w, int w0, float bias,
                                   float[] out, int outRow, int from, int to) {
        for (int x = from; x < to; x++) {
            float s = bias;
            for (int t = 0; t < tapOffsets.length; t++) {
                s += w[w0 + t] * in[inRowStart + tapOffsets[t] + x];
            }
            out[outRow + x] = s;
        }
    }
}
