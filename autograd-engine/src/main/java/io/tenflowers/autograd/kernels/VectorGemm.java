package io.tenflowers.autograd.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GEMM with the Vector API, organised as in BLIS (Van Zee &amp; van de Geijn, 2015):
 * B is packed into {@code KC × NR} column panels and A into {@code MR × KC} row panels, so that a
 * register-tiled micro-kernel streams both from L1/L2 at unit stride; transposed operands are
 * simply read in a different order while packing.
 *
 * <p>The micro-kernel keeps a {@code 6 × 2·L} tile of C (L = lanes of the preferred species, 16
 * with AVX-512) in 12 vector accumulators and does one FMA per accumulator per step of k. Measured
 * here: the same loop written inline in one big method ran 20× slower on JDK 17 (only the OSR
 * compile was fast), so every stage is its own small method.
 *
 * <p>Loaded only when the {@code jdk.incubator.vector} module is present (see {@link KernelBackend}).
 */
final class VectorGemm implements GemmKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int L = SPECIES.length();
    private static final int MR = 6;
    private static final int NR = 2 * L;
    /** Depth of a packed panel: an MR×KC panel of A (6 KB) stays in L1 across a whole row of B panels. */
    private static final int KC = 256;
    /** Rows of A packed at once (a multiple of MR): 96×256 floats = 96 KB, L2-resident. */
    private static final int MC = 96;
    /** Columns of B packed at once (a multiple of NR): up to 256×2048 floats = 2 MB. */
    private static final int NC = 2048;

    private static final ThreadLocal<float[][]> PACK_BUFFERS =
            ThreadLocal.withInitial(() -> new float[][]{new float[MC * KC], new float[KC * NC], new float[MR * NR]});

    /** mr × nr is the register tile of C; kc, mc, nc the packed panels; direct_a_floats as {@link #DIRECT_A_FLOATS}. */
    @Override
    public Map<String, Integer> blocking() {
        Map<String, Integer> blocking = new LinkedHashMap<>();
        blocking.put("mr", MR);
        blocking.put("nr", NR);
        blocking.put("kc", KC);
        blocking.put("mc", MC);
        blocking.put("nc", NC);
        blocking.put("direct_a_floats", (int) DIRECT_A_FLOATS);
        return blocking;
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                     float[] a, int aOffset, int lda, float[] b, int bOffset, float[] c, int cOffset) {
        if (m == 0 || n == 0 || k == 0) {
            return;
        }
        float[][] buffers = PACK_BUFFERS.get();
        float[] packedA = buffers[0];
        float[] packedB = buffers[1];
        float[] edgeTile = buffers[2];
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                packB(transposeB, b, bOffset, n, k, pc, kc, jc, nc, packedB);
                for (int ic = 0; ic < m; ic += MC) {
                    int mc = Math.min(MC, m - ic);
                    if ((long) m * k <= DIRECT_A_FLOATS) {
                        // Small A (L2-resident): whole MR-row panels are read in place; only a last,
                        // partial panel is packed (zero-padded). Element (i, p) of op(A) is at
                        // i·rowStride + p·depthStride.
                        int rowStride = transposeA ? 1 : lda;
                        int depthStride = transposeA ? lda : 1;
                        int full = mc / MR * MR;
                        if (full < mc) {
                            packA(transposeA, a, aOffset, lda, ic + full, mc - full, pc, kc, packedA);
                        }
                        macroKernelDirectA(mc, nc, kc, a, aOffset + ic * rowStride + pc * depthStride, rowStride,
                                depthStride, packedA, packedB, c, cOffset + ic * n + jc, n, edgeTile);
                    } else {
                        packA(transposeA, a, aOffset, lda, ic, mc, pc, kc, packedA);
                        macroKernel(mc, nc, kc, packedA, packedB, c, cOffset + ic * n + jc, n, edgeTile);
                    }
                }
            }
        }
    }

    /** Rows {@code ic..ic+mc} × depth {@code pc..pc+kc} of op(A) into MR-row panels, zero-padded. */
    private static void packA(boolean transposed, float[] a, int aOffset, int lda,
                              int ic, int mc, int pc, int kc, float[] packed) {
        for (int i0 = 0; i0 < mc; i0 += MR) {
            int rows = Math.min(MR, mc - i0);
            int panel = (i0 / MR) * kc * MR;
            for (int ii = 0; ii < MR; ii++) {
                if (ii >= rows) {
                    for (int p = 0; p < kc; p++) {
                        packed[panel + p * MR + ii] = 0f;
                    }
                } else if (transposed) {
                    // A stored [k, m]: element (i, p) at p·lda + i.
                    int src = aOffset + pc * lda + ic + i0 + ii;
                    for (int p = 0; p < kc; p++) {
                        packed[panel + p * MR + ii] = a[src + p * lda];
                    }
                } else {
                    int src = aOffset + (ic + i0 + ii) * lda + pc;
                    for (int p = 0; p < kc; p++) {
                        packed[panel + p * MR + ii] = a[src + p];
                    }
                }
            }
        }
    }

    /** Depth {@code pc..pc+kc} × columns {@code jc..jc+nc} of op(B) into NR-column panels, zero-padded. */
    private static void packB(boolean transposed, float[] b, int bOffset, int n, int k,
                              int pc, int kc, int jc, int nc, float[] packed) {
        for (int j0 = 0; j0 < nc; j0 += NR) {
            int cols = Math.min(NR, nc - j0);
            int panel = (j0 / NR) * kc * NR;
            if (transposed) {
                packTransposedPanel(b, bOffset, k, pc, kc, jc + j0, cols, packed, panel);
            } else if (cols == NR) {
                // Two vector moves per row: System.arraycopy of 32 floats is mostly call overhead.
                int src = bOffset + pc * n + jc + j0;
                for (int p = 0; p < kc; p++, src += n) {
                    int dst = panel + p * NR;
                    FloatVector.fromArray(SPECIES, b, src).intoArray(packed, dst);
                    FloatVector.fromArray(SPECIES, b, src + L).intoArray(packed, dst + L);
                }
            } else {
                for (int p = 0; p < kc; p++) {
                    int dst = panel + p * NR;
                    int src = bOffset + (pc + p) * n + jc + j0;
                    for (int jj = 0; jj < NR; jj++) {
                        packed[dst + jj] = jj < cols ? b[src + jj] : 0f;
                    }
                }
            }
        }
    }

    // B stored [n, k]: element (p, j) at j·k + p; read each column of op(B) contiguously.
    private static void packTransposedPanel(float[] b, int bOffset, int k, int pc, int kc, int j, int cols,
                                            float[] packed, int panel) {
        for (int jj = 0; jj < NR; jj++) {
            if (jj >= cols) {
                for (int p = 0; p < kc; p++) {
                    packed[panel + p * NR + jj] = 0f;
                }
            } else {
                int src = bOffset + (j + jj) * k + pc;
                for (int p = 0; p < kc; p++) {
                    packed[panel + p * NR + jj] = b[src + p];
                }
            }
        }
    }

    /** At most this many elements in A (256 KB), it is read in place instead of packed. */
    private static final long DIRECT_A_FLOATS = 1 << 16;

    /**
     * {@link #macroKernel} reading whole MR-row panels of A in place (from {@code aStart}, with
     * the given strides) and a last partial panel from {@code packedA}, where packA left it at 0.
     */
    private static void macroKernelDirectA(int mc, int nc, int kc, float[] a, int aStart, int rowStride,
                                           int depthStride, float[] packedA, float[] packedB, float[] c, int cOffset,
                                           int ldc, float[] edgeTile) {
        int full = mc / MR * MR;
        for (int j0 = 0; j0 < nc; j0 += NR) {
            int cols = Math.min(NR, nc - j0);
            int bPanel = (j0 / NR) * kc * NR;
            for (int i0 = 0; i0 < full; i0 += MR) {
                microKernel(kc, a, aStart + i0 * rowStride, rowStride, depthStride, packedB, bPanel,
                        c, cOffset + i0 * ldc + j0, ldc, MR, cols, edgeTile);
            }
            if (full < mc) {
                microKernel(kc, packedA, 0, 1, MR, packedB, bPanel, c, cOffset + full * ldc + j0, ldc, mc - full, cols,
                        edgeTile);
            }
        }
    }

    private static void macroKernel(int mc, int nc, int kc, float[] packedA, float[] packedB,
                                    float[] c, int cOffset, int ldc, float[] edgeTile) {
        for (int j0 = 0; j0 < nc; j0 += NR) {
            int cols = Math.min(NR, nc - j0);
            int bPanel = (j0 / NR) * kc * NR;
            for (int i0 = 0; i0 < mc; i0 += MR) {
                int rows = Math.min(MR, mc - i0);
                microKernel(kc, packedA, (i0 / MR) * kc * MR, 1, MR, packedB, bPanel, c, cOffset + i0 * ldc + j0, ldc,
                        rows, cols, edgeTile);
            }
        }
    }

    /**
     * C[rows × cols tile] += Σ_p A_panel[p] ⊗ B_panel[p], with the tile held in 12 registers. Row
     * r of the A panel at step p is {@code pa[aPanel + r·rowStride + p·depthStride]}: (1, MR) for
     * a packed panel, or A's own strides when it is read in place.
     */
    private static void microKernel(int kc, float[] pa, int aPanel, int rowStride, int depthStride, float[] pb,
                                    int bPanel, float[] c, int cOffset, int ldc, int rows, int cols, float[] edgeTile) {
        int r1 = rowStride;
        int r2 = 2 * rowStride;
        int r3 = 3 * rowStride;
        int r4 = 4 * rowStride;
        int r5 = 5 * rowStride;
        FloatVector c00 = FloatVector.zero(SPECIES), c01 = FloatVector.zero(SPECIES);
        FloatVector c10 = FloatVector.zero(SPECIES), c11 = FloatVector.zero(SPECIES);
        FloatVector c20 = FloatVector.zero(SPECIES), c21 = FloatVector.zero(SPECIES);
        FloatVector c30 = FloatVector.zero(SPECIES), c31 = FloatVector.zero(SPECIES);
        FloatVector c40 = FloatVector.zero(SPECIES), c41 = FloatVector.zero(SPECIES);
        FloatVector c50 = FloatVector.zero(SPECIES), c51 = FloatVector.zero(SPECIES);
        int ai = aPanel;
        int bi = bPanel;
        for (int p = 0; p < kc; p++, ai += depthStride, bi += NR) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, pb, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, pb, bi + L);
            FloatVector a = FloatVector.broadcast(SPECIES, pa[ai]);
            c00 = a.fma(b0, c00);
            c01 = a.fma(b1, c01);
            a = FloatVector.broadcast(SPECIES, pa[ai + r1]);
            c10 = a.fma(b0, c10);
            c11 = a.fma(b1, c11);
            a = FloatVector.broadcast(SPECIES, pa[ai + r2]);
            c20 = a.fma(b0, c20);
            c21 = a.fma(b1, c21);
            a = FloatVector.broadcast(SPECIES, pa[ai + r3]);
            c30 = a.fma(b0, c30);
            c31 = a.fma(b1, c31);
            a = FloatVector.broadcast(SPECIES, pa[ai + r4]);
            c40 = a.fma(b0, c40);
            c41 = a.fma(b1, c41);
            a = FloatVector.broadcast(SPECIES, pa[ai + r5]);
            c50 = a.fma(b0, c50);
            c51 = a.fma(b1, c51);
        }
        // Vectors are never passed to other methods: a call C2 does not inline would box them.
        if (cols == NR && rows == MR) {
            int o = cOffset;
            FloatVector.fromArray(SPECIES, c, o).add(c00).intoArray(c, o);
            FloatVector.fromArray(SPECIES, c, o + L).add(c01).intoArray(c, o + L);
            o += ldc;
            FloatVector.fromArray(SPECIES, c, o).add(c10).intoArray(c, o);
            FloatVector.fromArray(SPECIES, c, o + L).add(c11).intoArray(c, o + L);
            o += ldc;
            FloatVector.fromArray(SPECIES, c, o).add(c20).intoArray(c, o);
            FloatVector.fromArray(SPECIES, c, o + L).add(c21).intoArray(c, o + L);
            o += ldc;
            FloatVector.fromArray(SPECIES, c, o).add(c30).intoArray(c, o);
            FloatVector.fromArray(SPECIES, c, o + L).add(c31).intoArray(c, o + L);
            o += ldc;
            FloatVector.fromArray(SPECIES, c, o).add(c40).intoArray(c, o);
            FloatVector.fromArray(SPECIES, c, o + L).add(c41).intoArray(c, o + L);
            o += ldc;
            FloatVector.fromArray(SPECIES, c, o).add(c50).intoArray(c, o);
            FloatVector.fromArray(SPECIES, c, o + L).add(c51).intoArray(c, o + L);
        } else {
            // Partial tile: park the accumulators and add the valid part with scalar code.
            // (Masked loads and stores are not intrinsified on JDK 17 and ran far slower.)
            c00.intoArray(edgeTile, 0);
            c01.intoArray(edgeTile, L);
            c10.intoArray(edgeTile, NR);
            c11.intoArray(edgeTile, NR + L);
            c20.intoArray(edgeTile, 2 * NR);
            c21.intoArray(edgeTile, 2 * NR + L);
            c30.intoArray(edgeTile, 3 * NR);
            c31.intoArray(edgeTile, 3 * NR + L);
            c40.intoArray(edgeTile, 4 * NR);
            c41.intoArray(edgeTile, 4 * NR + L);
            c50.intoArray(edgeTile, 5 * NR);
            c51.intoArray(edgeTile, 5 * NR + L);
            addEdge(edgeTile, c, cOffset, ldc, rows, cols);
        }
    }

    private static void addEdge(float[] tile, float[] c, int cOffset, int ldc, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int row = cOffset + r * ldc;
            for (int j = 0; j < cols; j++) {
                c[row + j] += tile[r * NR + j];
            }
        }
    }
}
