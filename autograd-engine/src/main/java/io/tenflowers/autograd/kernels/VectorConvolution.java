package io.tenflowers.autograd.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link DirectConvolutionKernel} with the Vector API. {@link #correlate} keeps a 4-channel ×
 * 2L-output tile of the output in registers and walks the C·kh·kw taps, each tap one load of a
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
                             float[] w, int outChannels, int kh, int kw, float[] bias) {
        int outH = inH - kh + 1;
        int outW = inW - kw + 1;
        float[] out = new float[images * outChannels * outH * outW];
        int vectorEnd = outW / L * L;
        int taps = inChannels * kh * kw;
        // One flat loop over the taps (C2 keeps loop-carried vectors in registers across one loop
        // level; through three nested loops it boxed them, ~50x slower): offset of every tap in
        // the image, and the weights of each 4-channel block interleaved tap by tap.
        int[] tapOffsets = new int[taps];
        for (int c = 0, t = 0; c < inChannels; c++) {
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++, t++) {
                    tapOffsets[t] = c * inH * inW + i * inW + j;
                }
            }
        }
        int blocks = (outChannels + CHANNEL_BLOCK - 1) / CHANNEL_BLOCK;
        float[][] packed = new float[blocks][taps * CHANNEL_BLOCK];
        float[] packedBias = new float[blocks * CHANNEL_BLOCK];
        for (int ob = 0; ob < blocks; ob++) {
            int o = ob * CHANNEL_BLOCK;
            int block = Math.min(CHANNEL_BLOCK, outChannels - o);
            // A partial block computes with zero weights for the missing channels and stores only the real ones.
            for (int t = 0; t < taps; t++) {
                for (int b = 0; b < block; b++) {
                    packed[ob][t * CHANNEL_BLOCK + b] = w[(o + b) * taps + t];
                }
            }
            for (int b = 0; b < block && bias != null; b++) {
                packedBias[o + b] = bias[o + b];
            }
        }
        // Pairs of full 4-channel blocks also get an 8-channel interleaving for tile8x2.
        int wideBlocks = outChannels / WIDE_BLOCK;
        float[][] packedWide = new float[wideBlocks][taps * WIDE_BLOCK];
        for (int wb = 0; wb < wideBlocks; wb++) {
            for (int t = 0; t < taps; t++) {
                for (int b = 0; b < WIDE_BLOCK; b++) {
                    packedWide[wb][t * WIDE_BLOCK + b] = w[(wb * WIDE_BLOCK + b) * taps + t];
                }
            }
        }
        // The whole vectors of one image's output rows, as a flat list of (input, output) start
        // offsets relative to the image, taken two at a time (a pair may span two rows).
        int chunksPerRow = vectorEnd / L;
        int chunks = outH * chunksPerRow;
        int[] inStart = new int[chunks];
        int[] outStart = new int[chunks];
        for (int y = 0, k = 0; y < outH; y++) {
            for (int x = 0; x < vectorEnd; x += L, k++) {
                inStart[k] = y * inW + x;
                outStart[k] = y * outW + x;
            }
        }
        int outPlane = outH * outW;
        // Images are independent: with tenflowers.threads > 1, large convolutions split them.
        int parts = chunksFor(images, (long) images * outChannels * outH * outW * taps);
        Parallelism.forEachChunk(parts, part -> {
            for (int n = images * part / parts; n < images * (part + 1) / parts; n++) {
                int inImage = n * inChannels * inH * inW;
                for (int ob = 0; ob < blocks; ob++) {
                    int o = ob * CHANNEL_BLOCK;
                    int block = Math.min(CHANNEL_BLOCK, outChannels - o);
                    int outBlock = (n * outChannels + o) * outPlane;
                    int k = 0;
                    if (o % WIDE_BLOCK == 0 && o + WIDE_BLOCK <= outChannels) {
                        // Eight channels at once: two image loads and eight broadcasts feed sixteen FMAs.
                        for (; k + 1 < chunks; k += 2) {
                            tile8x2(in, inImage + inStart[k], inImage + inStart[k + 1], tapOffsets,
                                    packedWide[o / WIDE_BLOCK], packedBias, o, out, outBlock + outStart[k],
                                    outBlock + outStart[k + 1], outPlane);
                        }
                        int kLeft = k;
                        for (int half = 0; half < 2; half++) {
                            int oh = o + half * CHANNEL_BLOCK;
                            int outHalf = outBlock + half * CHANNEL_BLOCK * outPlane;
                            if (kLeft < chunks) {
                                tile4(in, inImage + inStart[kLeft], tapOffsets, packed[ob + half], packedBias, oh, out,
                                        outHalf + outStart[kLeft], outPlane, CHANNEL_BLOCK);
                            }
                            for (int b = 0; b < CHANNEL_BLOCK && vectorEnd < outW; b++) {
                                for (int y = 0; y < outH; y++) {
                                    scalarTail(in, inImage + y * inW, tapOffsets, w, (oh + b) * taps, packedBias[oh + b],
                                            out, outHalf + b * outPlane + y * outW, vectorEnd, outW);
                                }
                            }
                        }
                        ob++;
                        continue;
                    }
                    if (block == 3) {
                        // Three channels (an RGB input's gradient): a 4-channel tile would waste a quarter of its FMAs.
                        for (; k + 3 < chunks; k += 4) {
                            tile3x4(in, inImage, inStart, k, tapOffsets, packed[ob], packedBias, o, out, outBlock,
                                    outStart, outPlane);
                        }
                    }
                    for (; k + 1 < chunks; k += 2) {
                        tile4x2(in, inImage + inStart[k], inImage + inStart[k + 1], tapOffsets, packed[ob],
                                packedBias, o, out, outBlock + outStart[k], outBlock + outStart[k + 1], outPlane, block);
                    }
                    if (k < chunks) {
                        tile4(in, inImage + inStart[k], tapOffsets, packed[ob], packedBias, o, out,
                                outBlock + outStart[k], outPlane, block);
                    }
                    for (int b = 0; b < block && vectorEnd < outW; b++) {
                        for (int y = 0; y < outH; y++) {
                            scalarTail(in, inImage + y * inW, tapOffsets, w, (o + b) * taps, packedBias[o + b], out,
                                    outBlock + b * outPlane + y * outW, vectorEnd, outW);
                        }
                    }
                }
            }
        });
        return out;
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

    @Override
    public float[] weightGradient(float[] in, int images, int inChannels, int inH, int inW,
                                  float[] g, int outChannels, int kh, int kw) {
        int outH = inH - kh + 1;
        int outW = inW - kw + 1;
        int vectorEnd = outW / L * L;
        int chunksPerRow = vectorEnd / L;
        float[] dw = new float[outChannels * inChannels * kh * kw];
        // Every (image, row, vector chunk) as one flat list of start offsets, so that the dot
        // product below is a single loop (vectors carried through nested loops get boxed).
        int chunks = images * outH * chunksPerRow;
        int parts = chunksFor(outChannels, (long) outChannels * inChannels * kh * kw * images * outH * outW);
        Parallelism.forEachChunk(parts, part -> {
            int[] gStart = new int[chunks];
            int[] inStart = new int[chunks];
            float[] lanes = new float[2 * TAP_GROUP * L];
            int oEnd = outChannels * (part + 1) / parts;
            for (int o = outChannels * part / parts; o < oEnd; o++) {
                // With 3×3 kernels, two output channels at a time share each image load.
                boolean pair = o + 1 < oEnd && kh * kw == TAP_GROUP;
                for (int c = 0; c < inChannels; c++) {
                    for (int n = 0, k = 0; n < images; n++) {
                        for (int y = 0; y < outH; y++) {
                            for (int x = 0; x < vectorEnd; x += L, k++) {
                                gStart[k] = ((n * outChannels + o) * outH + y) * outW + x;
                                inStart[k] = ((n * inChannels + c) * inH + y) * inW + x;
                            }
                        }
                    }
                    int dwBase = (o * inChannels + c) * kh * kw;
                    if (pair) {
                        int dwNext = ((o + 1) * inChannels + c) * kh * kw;
                        dotGroupPair(g, gStart, outH * outW, in, inStart, kw, inW, dw, dwBase, dwNext, lanes);
                        for (int t = 0; t < kh * kw; t++) {
                            dw[dwNext + t] += (float) scalarTail(in, images, inChannels, inH, inW, g, outChannels, outH,
                                    outW, o + 1, c, t / kw, t % kw, vectorEnd);
                        }
                    } else if (kh * kw >= TAP_GROUP) {
                        for (int t0 = 0; t0 < kh * kw; t0 += TAP_GROUP) {
                            dotGroup(g, gStart, in, inStart, t0, kh, kw, inW, dw, dwBase, lanes);
                        }
                    } else {
                        for (int t = 0; t < kh * kw; t++) {
                            dw[dwBase + t] = (float) dot(g, gStart, in, inStart, t / kw * inW + t % kw);
                        }
                    }
                    for (int t = 0; t < kh * kw; t++) {
                        dw[dwBase + t] += (float) scalarTail(in, images, inChannels, inH, inW, g, outChannels, outH, outW,
                                o, c, t / kw, t % kw, vectorEnd);
                    }
                }
                if (pair) {
                    o++;
                }
            }
        });
        return dw;
    }

    /**
     * Below this many multiply-adds a convolution stays on one thread. Measured on the 2-vCPU
     * machine: splitting W9's kernels (3.5 M multiply-adds, ~0.1 ms each) across two threads made
     * it 25 % slower (1,343 → 1,006 ops/s), while a 512³ product (1.8 ms) gained 1.39×: waking a
     * parked pool thread costs tens of µs there, so only kernels of several ms are worth a split.
     */
    static final long PARALLEL_CONVOLUTION = 1L << 24;

    /** How many parallel chunks a kernel of {@code work} multiply-adds over {@code units} independent units gets. */
    private static int chunksFor(int units, long work) {
        int threads = Parallelism.threadsForKernel();
        return threads > 1 && work >= PARALLEL_CONVOLUTION ? Math.min(threads, units) : 1;
    }

    /** Taps whose partial sums are kept in registers together: a 3×3 kernel is one group. */
    private static final int TAP_GROUP = 9;

    /**
     * dw for taps t0..t0+8 of one (o, c): each chunk of g is loaded once for nine FMAs. Taps past
     * the kernel's last repeat its last tap (wasted work, never stored), so the loop has no branches.
     */
    private static void dotGroup(float[] g, int[] gStart, float[] in, int[] inStart, int t0, int kh, int kw, int inW,
                                 float[] dw, int dwBase, float[] lanes) {
        int taps = kh * kw;
        int[] shift = new int[TAP_GROUP];
        for (int u = 0; u < TAP_GROUP; u++) {
            int t = Math.min(t0 + u, taps - 1);
            shift[u] = t / kw * inW + t % kw;
        }
        int s0 = shift[0], s1 = shift[1], s2 = shift[2], s3 = shift[3], s4 = shift[4];
        int s5 = shift[5], s6 = shift[6], s7 = shift[7], s8 = shift[8];
        FloatVector a0 = FloatVector.zero(SPECIES), a1 = FloatVector.zero(SPECIES), a2 = FloatVector.zero(SPECIES);
        FloatVector a3 = FloatVector.zero(SPECIES), a4 = FloatVector.zero(SPECIES), a5 = FloatVector.zero(SPECIES);
        FloatVector a6 = FloatVector.zero(SPECIES), a7 = FloatVector.zero(SPECIES), a8 = FloatVector.zero(SPECIES);
        for (int k = 0; k < gStart.length; k++) {
            FloatVector gv = FloatVector.fromArray(SPECIES, g, gStart[k]);
            int base = inStart[k];
            a0 = gv.fma(FloatVector.fromArray(SPECIES, in, base + s0), a0);
            a1 = gv.fma(FloatVector.fromArray(SPECIES, in, base + s1), a1);
            a2 = gv.fma(FloatVector.fromArray(SPECIES, in, base + s2), a2);
            a3 = gv.fma(FloatVector.fromArray(SPECIES, in, base + s3), a3);
            a4 = gv.fma(FloatVector.fromArray(SPECIES, in, base + s4), a4);
            a5 = gv.fma(FloatVector.fromArray(SPECIES, in, base + s5), a5);
            a6 = gv.fma(FloatVector.fromArray(SPECIES, in, base + s6), a6);
            a7 = gv.fma(FloatVector.fromArray(SPECIES, in, base + s7), a7);
            a8 = gv.fma(FloatVector.fromArray(SPECIES, in, base + s8), a8);
        }
        a0.intoArray(lanes, 0);
        a1.intoArray(lanes, L);
        a2.intoArray(lanes, 2 * L);
        a3.intoArray(lanes, 3 * L);
        a4.intoArray(lanes, 4 * L);
        a5.intoArray(lanes, 5 * L);
        a6.intoArray(lanes, 6 * L);
        a7.intoArray(lanes, 7 * L);
        a8.intoArray(lanes, 8 * L);
        sumLanes(lanes, 0, Math.min(TAP_GROUP, taps - t0), dw, dwBase + t0);
    }

    /**
     * dw for the nine taps of a 3×3 kernel, for output channels o and o+1 (whose g planes are
     * {@code nextPlane} apart) and one input channel: eighteen accumulators, each chunk loads
     * two g vectors and nine image vectors for eighteen FMAs (one channel: ten loads for nine).
     */
    private static void dotGroupPair(float[] g, int[] gStart, int nextPlane, float[] in, int[] inStart, int kw, int inW,
                                     float[] dw, int dwBase, int dwNext, float[] lanes) {
        int s1 = 1, s2 = 2, s3 = inW, s4 = inW + 1, s5 = inW + 2, s6 = 2 * inW, s7 = 2 * inW + 1, s8 = 2 * inW + 2;
        FloatVector a0 = FloatVector.zero(SPECIES), a1 = FloatVector.zero(SPECIES), a2 = FloatVector.zero(SPECIES);
        FloatVector a3 = FloatVector.zero(SPECIES), a4 = FloatVector.zero(SPECIES), a5 = FloatVector.zero(SPECIES);
        FloatVector a6 = FloatVector.zero(SPECIES), a7 = FloatVector.zero(SPECIES), a8 = FloatVector.zero(SPECIES);
        FloatVector b0 = FloatVector.zero(SPECIES), b1 = FloatVector.zero(SPECIES), b2 = FloatVector.zero(SPECIES);
        FloatVector b3 = FloatVector.zero(SPECIES), b4 = FloatVector.zero(SPECIES), b5 = FloatVector.zero(SPECIES);
        FloatVector b6 = FloatVector.zero(SPECIES), b7 = FloatVector.zero(SPECIES), b8 = FloatVector.zero(SPECIES);
        for (int k = 0; k < gStart.length; k++) {
            FloatVector ga = FloatVector.fromArray(SPECIES, g, gStart[k]);
            FloatVector gb = FloatVector.fromArray(SPECIES, g, gStart[k] + nextPlane);
            int base = inStart[k];
            FloatVector v = FloatVector.fromArray(SPECIES, in, base);
            a0 = ga.fma(v, a0);
            b0 = gb.fma(v, b0);
            v = FloatVector.fromArray(SPECIES, in, base + s1);
            a1 = ga.fma(v, a1);
            b1 = gb.fma(v, b1);
            v = FloatVector.fromArray(SPECIES, in, base + s2);
            a2 = ga.fma(v, a2);
            b2 = gb.fma(v, b2);
            v = FloatVector.fromArray(SPECIES, in, base + s3);
            a3 = ga.fma(v, a3);
            b3 = gb.fma(v, b3);
            v = FloatVector.fromArray(SPECIES, in, base + s4);
            a4 = ga.fma(v, a4);
            b4 = gb.fma(v, b4);
            v = FloatVector.fromArray(SPECIES, in, base + s5);
            a5 = ga.fma(v, a5);
            b5 = gb.fma(v, b5);
            v = FloatVector.fromArray(SPECIES, in, base + s6);
            a6 = ga.fma(v, a6);
            b6 = gb.fma(v, b6);
            v = FloatVector.fromArray(SPECIES, in, base + s7);
            a7 = ga.fma(v, a7);
            b7 = gb.fma(v, b7);
            v = FloatVector.fromArray(SPECIES, in, base + s8);
            a8 = ga.fma(v, a8);
            b8 = gb.fma(v, b8);
        }
        // Lanes are parked and summed by plain code: eighteen reduceLanes here made the method
        // big enough that C2 sometimes gave up inlining the Vector API calls (measured: W9's
        // weight gradient ran the slow Java fallback, ~3x slower, in some forks).
        a0.intoArray(lanes, 0);
        a1.intoArray(lanes, L);
        a2.intoArray(lanes, 2 * L);
        a3.intoArray(lanes, 3 * L);
        a4.intoArray(lanes, 4 * L);
        a5.intoArray(lanes, 5 * L);
        a6.intoArray(lanes, 6 * L);
        a7.intoArray(lanes, 7 * L);
        a8.intoArray(lanes, 8 * L);
        b0.intoArray(lanes, 9 * L);
        b1.intoArray(lanes, 10 * L);
        b2.intoArray(lanes, 11 * L);
        b3.intoArray(lanes, 12 * L);
        b4.intoArray(lanes, 13 * L);
        b5.intoArray(lanes, 14 * L);
        b6.intoArray(lanes, 15 * L);
        b7.intoArray(lanes, 16 * L);
        b8.intoArray(lanes, 17 * L);
        sumLanes(lanes, 0, TAP_GROUP, dw, dwBase);
        sumLanes(lanes, TAP_GROUP * L, TAP_GROUP, dw, dwNext);
    }

    /** dw[at + u] = Σ of the L lanes parked at lanes[from + u·L ..] for u < count. */
    private static void sumLanes(float[] lanes, int from, int count, float[] dw, int at) {
        for (int u = 0; u < count; u++) {
            float sum = 0f;
            for (int l = 0; l < L; l++) {
                sum += lanes[from + u * L + l];
            }
            dw[at + u] = sum;
        }
    }

    /** Σ_k g[gStart[k] ..+L] · in[inStart[k] + shift ..+L], two accumulators. */
    private static double dot(float[] g, int[] gStart, float[] in, int[] inStart, int shift) {
        FloatVector a0 = FloatVector.zero(SPECIES);
        FloatVector a1 = FloatVector.zero(SPECIES);
        int k = 0;
        for (; k + 1 < gStart.length; k += 2) {
            a0 = FloatVector.fromArray(SPECIES, g, gStart[k]).fma(FloatVector.fromArray(SPECIES, in, inStart[k] + shift), a0);
            a1 = FloatVector.fromArray(SPECIES, g, gStart[k + 1])
                    .fma(FloatVector.fromArray(SPECIES, in, inStart[k + 1] + shift), a1);
        }
        if (k < gStart.length) {
            a0 = FloatVector.fromArray(SPECIES, g, gStart[k]).fma(FloatVector.fromArray(SPECIES, in, inStart[k] + shift), a0);
        }
        return a0.add(a1).reduceLanes(VectorOperators.ADD);
    }

    /** The columns past the last whole vector, for one weight. */
    private static double scalarTail(float[] in, int images, int inChannels, int inH, int inW, float[] g,
                                     int outChannels, int outH, int outW, int o, int c, int i, int j, int from) {
        double sum = 0;
        if (from == outW) {
            return 0;
        }
        for (int n = 0; n < images; n++) {
            for (int y = 0; y < outH; y++) {
                int gRow = ((n * outChannels + o) * outH + y) * outW;
                int inRow = ((n * inChannels + c) * inH + y + i) * inW + j;
                for (int x = from; x < outW; x++) {
                    sum += (double) g[gRow + x] * in[inRow + x];
                }
            }
        }
        return sum;
    }
}
