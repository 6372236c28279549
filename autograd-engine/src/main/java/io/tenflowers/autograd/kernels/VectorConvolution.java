package io.tenflowers.autograd.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link DirectConvolutionKernel} with the Vector API. {@link #correlate} is a
 * {@link VectorCorrelation} (register tiles of output channels × vectors over the taps).
 * {@link #weightGradient} keeps, for one or two output channels and one input channel, the
 * partial sums of up to nine taps in registers across every output vector of every image, then
 * sums the lanes. Columns that do not fill a vector go through plain loops. Loaded only when the
 * Vector API module is present.
 */
final class VectorConvolution implements DirectConvolutionKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int L = SPECIES.length();

    @Override
    public float[] correlate(float[] in, int images, int inChannels, int inH, int inW,
                             float[] w, int outChannels, int kh, int kw, float[] bias) {
        return new VectorCorrelation(in, images, inChannels, inH, inW, w, outChannels, kh, kw, bias).run();
    }

    @Override
    public float[] weightGradient(float[] in, int images, int inChannels, int inH, int inW,
                                  float[] g, int outChannels, int kh, int kw) {
        int outH = inH - kh + 1;
        int outW = inW - kw + 1;
        int vectorEnd = outW / L * L;
        int chunksPerRow = vectorEnd / L;
        float[] dw = Buffers.zeroed(outChannels * inChannels * kh * kw);
        // Every (image, row, vector chunk) as one flat list of start offsets, so that the dot
        // product below is a single loop (vectors carried through nested loops get boxed). The
        // lists are those of output channel 0 and input channel 0; other channels add a plane offset.
        int chunks = images * outH * chunksPerRow;
        int[] gStart = new int[chunks];
        int[] inStart = new int[chunks];
        for (int n = 0, k = 0; n < images; n++) {
            for (int y = 0; y < outH; y++) {
                for (int x = 0; x < vectorEnd; x += L, k++) {
                    gStart[k] = (n * outChannels * outH + y) * outW + x;
                    inStart[k] = (n * inChannels * inH + y) * inW + x;
                }
            }
        }
        int parts = chunksFor(outChannels, (long) outChannels * inChannels * kh * kw * images * outH * outW);
        Parallelism.forEachChunk(parts, part -> {
            float[] lanes = new float[2 * TAP_GROUP * L];
            int oEnd = outChannels * (part + 1) / parts;
            for (int o = outChannels * part / parts; o < oEnd; o++) {
                // With 3×3 kernels, two output channels at a time share each image load.
                boolean pair = o + 1 < oEnd && kh * kw == TAP_GROUP;
                int gOffset = o * outH * outW;
                for (int c = 0; c < inChannels; c++) {
                    int inOffset = c * inH * inW;
                    int dwBase = (o * inChannels + c) * kh * kw;
                    if (pair) {
                        int dwNext = ((o + 1) * inChannels + c) * kh * kw;
                        dotGroupPair(g, gStart, gOffset, outH * outW, in, inStart, inOffset, inW, dw, dwBase, dwNext, lanes);
                        for (int t = 0; t < kh * kw; t++) {
                            dw[dwNext + t] += (float) scalarTail(in, images, inChannels, inH, inW, g, outChannels, outH,
                                    outW, o + 1, c, t / kw, t % kw, vectorEnd);
                        }
                    } else if (kh * kw >= TAP_GROUP) {
                        for (int t0 = 0; t0 < kh * kw; t0 += TAP_GROUP) {
                            dotGroup(g, gStart, gOffset, in, inStart, inOffset, t0, kh, kw, inW, dw, dwBase, lanes);
                        }
                    } else {
                        for (int t = 0; t < kh * kw; t++) {
                            dw[dwBase + t] = (float) dot(g, gStart, gOffset, in, inStart, inOffset + t / kw * inW + t % kw);
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
    static int chunksFor(int units, long work) {
        int threads = Parallelism.threadsForKernel();
        return threads > 1 && work >= PARALLEL_CONVOLUTION ? Math.min(threads, units) : 1;
    }

    /** Taps whose partial sums are kept in registers together: a 3×3 kernel is one group. */
    private static final int TAP_GROUP = 9;

    /**
     * dw for taps t0..t0+8 of one (o, c): each chunk of g is loaded once for nine FMAs. Taps past
     * the kernel's last repeat its last tap (wasted work, never stored), so the loop has no branches.
     */
    private static void dotGroup(float[] g, int[] gStart, int gOffset, float[] in, int[] inStart, int inOffset, int t0,
                                 int kh, int kw, int inW, float[] dw, int dwBase, float[] lanes) {
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
            FloatVector gv = FloatVector.fromArray(SPECIES, g, gStart[k] + gOffset);
            int base = inStart[k] + inOffset;
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
    private static void dotGroupPair(float[] g, int[] gStart, int gOffset, int nextPlane, float[] in, int[] inStart,
                                     int inOffset, int inW, float[] dw, int dwBase, int dwNext, float[] lanes) {
        int s1 = 1, s2 = 2, s3 = inW, s4 = inW + 1, s5 = inW + 2, s6 = 2 * inW, s7 = 2 * inW + 1, s8 = 2 * inW + 2;
        FloatVector a0 = FloatVector.zero(SPECIES), a1 = FloatVector.zero(SPECIES), a2 = FloatVector.zero(SPECIES);
        FloatVector a3 = FloatVector.zero(SPECIES), a4 = FloatVector.zero(SPECIES), a5 = FloatVector.zero(SPECIES);
        FloatVector a6 = FloatVector.zero(SPECIES), a7 = FloatVector.zero(SPECIES), a8 = FloatVector.zero(SPECIES);
        FloatVector b0 = FloatVector.zero(SPECIES), b1 = FloatVector.zero(SPECIES), b2 = FloatVector.zero(SPECIES);
        FloatVector b3 = FloatVector.zero(SPECIES), b4 = FloatVector.zero(SPECIES), b5 = FloatVector.zero(SPECIES);
        FloatVector b6 = FloatVector.zero(SPECIES), b7 = FloatVector.zero(SPECIES), b8 = FloatVector.zero(SPECIES);
        for (int k = 0; k < gStart.length; k++) {
            int gs = gStart[k] + gOffset;
            FloatVector ga = FloatVector.fromArray(SPECIES, g, gs);
            FloatVector gb = FloatVector.fromArray(SPECIES, g, gs + nextPlane);
            int base = inStart[k] + inOffset;
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

    /** Σ_k g[gStart[k] + gOffset ..+L] · in[inStart[k] + shift ..+L], two accumulators. */
    private static double dot(float[] g, int[] gStart, int gOffset, float[] in, int[] inStart, int shift) {
        FloatVector a0 = FloatVector.zero(SPECIES);
        FloatVector a1 = FloatVector.zero(SPECIES);
        int k = 0;
        for (; k + 1 < gStart.length; k += 2) {
            a0 = FloatVector.fromArray(SPECIES, g, gStart[k] + gOffset)
                    .fma(FloatVector.fromArray(SPECIES, in, inStart[k] + shift), a0);
            a1 = FloatVector.fromArray(SPECIES, g, gStart[k + 1] + gOffset)
                    .fma(FloatVector.fromArray(SPECIES, in, inStart[k + 1] + shift), a1);
        }
        if (k < gStart.length) {
            a0 = FloatVector.fromArray(SPECIES, g, gStart[k] + gOffset)
                    .fma(FloatVector.fromArray(SPECIES, in, inStart[k] + shift), a0);
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
