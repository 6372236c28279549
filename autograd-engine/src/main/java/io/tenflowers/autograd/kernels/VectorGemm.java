package io.tenflowers.autograd.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GEMM with the Vector API, blocked as in BLIS (Van Zee &amp; van de Geijn, 2015): B is packed
 * into {@code kc × NR} column panels (a transposed B is simply read in another order while
 * packing) that a register-tiled micro-kernel streams from L1, while A is read where it lies,
 * {@code MR} rows at a time, with its own strides (transposed or not). The panel sizes follow the
 * machine's caches ({@link GemmBlocking}); the register tile follows the vector width ({@code MR}).
 *
 * <p>Why A is not packed: each element of A is used once per NR columns of B, and on the MLPs'
 * shapes (10 to 512 columns) copying A into panels cost more than it saved. Measured in one JVM on
 * AMD EPYC (Zen 5) against packing A whenever it exceeded L2/4: 1.8–4.4× on products with 10 to
 * 128 columns, 1.0–1.1× on 512–1024 squares, 0.99× on 100³. Only a last block of fewer than MR
 * rows is packed, zero-padded. For the same reason a row-major B is read in place when A has at
 * most {@link #B_IN_PLACE_MAX_ROWS} rows (each B panel then serves at most 8 micro-kernel calls):
 * 1.22–1.50× on 32-row products (an MLP at batch 32), while for large m (1024³) reading B in place
 * ran at 0.80×, the packed panel being reused from L1 many times.
 *
 * <p>The micro-kernel keeps an {@code MR × 2·L} tile of C (L = lanes of the preferred species, 16
 * with AVX-512) in vector accumulators and does one FMA per accumulator per step of k: 8 rows (16
 * accumulators) with AVX-512's 32 registers, 6 rows (12) with AVX2's 16.
 * Measured in one JVM with AVX-512, 8 rows against 6: 1.1–1.3× on 512–1024 products
 * and the MLP shapes; 12 × 2L and 8 × 3L (24 accumulators) were slower, because
 * C2 on JDK 17 then spills accumulators (a probe with 24 independent FMA chains ran at half the
 * speed of one with 12). The same loop written inline in one big method ran 20× slower on JDK 17
 * (only the OSR compile was fast), so every stage is its own small method.
 *
 * <p>Loaded only when the {@code jdk.incubator.vector} module is present (see {@link KernelBackend}).
 */
final class VectorGemm implements GemmKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int L = SPECIES.length();
    /**
     * Rows of the register tile: 8 (16 accumulators) where the preferred vectors are 512-bit, i.e.
     * AVX-512 with its 32 vector registers; 6 (12 accumulators) otherwise, where AVX2 has 16. With
     * {@code -XX:UseAVX=2} on the AVX-512 machine the 8-row tile ran at 0.60–0.69× of the 6-row
     * one on 256–1024 products: 19 live vectors do not fit in 16 registers.
     */
    private static final int MR = L >= 16 ? 8 : 6;
    private static final int NR = 2 * L;
    /** Up to this many rows of A, a row-major B is read where it lies instead of packed. */
    private static final int B_IN_PLACE_MAX_ROWS = 64;

    private final GemmBlocking blocking;
    private final ThreadLocal<float[][]> packBuffers;

    /** The kernel blocked for this machine's caches ({@link CacheSizes#detect()}). */
    VectorGemm() {
        this(GemmBlocking.forCaches(CacheSizes.detect(), MR, NR));
    }

    /** The kernel with the given blocking (tests use it to run another machine's blocking). */
    VectorGemm(GemmBlocking blocking) {
        if (blocking.mc() % MR != 0 || blocking.nc() % NR != 0) {
            throw new IllegalArgumentException("mc must be a multiple of " + MR + " and nc of " + NR + ": " + blocking);
        }
        this.blocking = blocking;
        this.packBuffers = ThreadLocal.withInitial(() -> new float[][]{new float[MR * blocking.kc()],
                new float[blocking.kc() * blocking.nc()], new float[MR * NR]});
    }

    /** mr × nr is the register tile of C; kc the depth of a panel, mc the rows of A and nc the columns of B per block. */
    @Override
    public Map<String, Integer> blocking() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("mr", MR);
        map.put("nr", NR);
        map.put("kc", blocking.kc());
        map.put("mc", blocking.mc());
        map.put("nc", blocking.nc());
        return map;
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                     float[] a, int aOffset, int lda, float[] b, int bOffset, float[] c, int cOffset) {
        if (m == 0 || n == 0 || k == 0) {
            return;
        }
        float[][] buffers = packBuffers.get();
        float[] packedA = buffers[0];
        float[] packedB = buffers[1];
        float[] tile = buffers[2];
        int kcMax = blocking.kc();
        int mcMax = blocking.mc();
        int ncMax = blocking.nc();
        // Element (i, p) of op(A) is at i·rowStride + p·depthStride: A is read where it lies.
        int rowStride = transposeA ? 1 : lda;
        int depthStride = transposeA ? lda : 1;
        // A row-major B's NR-column panels are already NR contiguous floats per step of depth:
        // with few rows of A to reuse them, copying them into panels costs more than it saves.
        boolean bInPlace = !transposeB && m <= B_IN_PLACE_MAX_ROWS;
        for (int jc = 0; jc < n; jc += ncMax) {
            int nc = Math.min(ncMax, n - jc);
            for (int pc = 0; pc < k; pc += kcMax) {
                int kc = Math.min(kcMax, k - pc);
                packB(transposeB, bInPlace, b, bOffset, n, k, pc, kc, jc, nc, packedB);
                for (int ic = 0; ic < m; ic += mcMax) {
                    int mc = Math.min(mcMax, m - ic);
                    int full = mc / MR * MR;
                    if (full < mc) {
                        packPartialA(transposeA, a, aOffset, lda, ic + full, mc - full, pc, kc, packedA);
                    }
                    macroKernel(mc, nc, kc, a, aOffset + ic * rowStride + pc * depthStride, rowStride, depthStride,
                            packedA, b, bOffset + pc * n + jc, n, bInPlace, packedB, c, cOffset + ic * n + jc, n, tile);
                }
            }
        }
    }

    /**
     * The last {@code rows < MR} rows ({@code i0..i0+rows}) × depth {@code pc..pc+kc} of op(A) into
     * one MR-row panel, zero-padded, so the micro-kernel can run whole on it.
     */
    private static void packPartialA(boolean transposed, float[] a, int aOffset, int lda,
                                     int i0, int rows, int pc, int kc, float[] packed) {
        for (int ii = 0; ii < MR; ii++) {
            if (ii >= rows) {
                for (int p = 0; p < kc; p++) {
                    packed[p * MR + ii] = 0f;
                }
            } else if (transposed) {
                // A stored [k, m]: element (i, p) at p·lda + i.
                int src = aOffset + pc * lda + i0 + ii;
                for (int p = 0; p < kc; p++) {
                    packed[p * MR + ii] = a[src + p * lda];
                }
            } else {
                int src = aOffset + (i0 + ii) * lda + pc;
                for (int p = 0; p < kc; p++) {
                    packed[p * MR + ii] = a[src + p];
                }
            }
        }
    }

    /** Depth {@code pc..pc+kc} × columns {@code jc..jc+nc} of op(B) into NR-column panels, zero-padded. */
    private static void packB(boolean transposed, boolean fullPanelsInPlace, float[] b, int bOffset, int n, int k,
                              int pc, int kc, int jc, int nc, float[] packed) {
        for (int j0 = 0; j0 < nc; j0 += NR) {
            int cols = Math.min(NR, nc - j0);
            int panel = (j0 / NR) * kc * NR;
            if (fullPanelsInPlace && cols == NR) {
                continue;
            }
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
                // A last partial panel: its columns, then zeros up to the width the kernel reads
                // (L for the half-width kernel).
                int width = cols <= L && MR == 8 ? L : NR;
                for (int p = 0, src = bOffset + pc * n + jc + j0; p < kc; p++, src += n) {
                    int dst = panel + p * NR;
                    System.arraycopy(b, src, packed, dst, cols);
                    for (int jj = cols; jj < width; jj++) {
                        packed[dst + jj] = 0f;
                    }
                }
            }
        }
    }

    // B stored [n, k]: element (p, j) at j·k + p; read each column of op(B) contiguously.
    private static void packTransposedPanel(float[] b, int bOffset, int k, int pc, int kc, int j, int cols,
                                            float[] packed, int panel) {
        int jj = 0;
        // Four rows of B at a time: four contiguous read streams, and each step of depth writes
        // four neighbouring floats of the panel instead of one.
        for (; jj + 4 <= cols; jj += 4) {
            int s0 = bOffset + (j + jj) * k + pc;
            int s1 = s0 + k;
            int s2 = s1 + k;
            int s3 = s2 + k;
            for (int p = 0, d = panel + jj; p < kc; p++, d += NR) {
                packed[d] = b[s0 + p];
                packed[d + 1] = b[s1 + p];
                packed[d + 2] = b[s2 + p];
                packed[d + 3] = b[s3 + p];
            }
        }
        for (; jj < NR; jj++) {
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

    /**
     * C[mc × nc block] += op(A)[mc × kc] · B[kc × nc]: whole MR-row panels of A read in place (from
     * {@code aStart}, with the given strides), a last partial panel from {@code packedA}, where
     * {@link #packPartialA} left it zero-padded. Whole NR-column panels of B are read from
     * {@code b} at {@code bStart + j0}, step {@code ldb} per depth, when {@code bInPlace}; otherwise,
     * and for a last partial panel, from the packed panels.
     */
    private static void macroKernel(int mc, int nc, int kc, float[] a, int aStart, int rowStride, int depthStride,
                                    float[] packedA, float[] b, int bStart, int ldb, boolean bInPlace, float[] packedB,
                                    float[] c, int cOffset, int ldc, float[] tile) {
        int full = mc / MR * MR;
        for (int j0 = 0; j0 < nc; j0 += NR) {
            int cols = Math.min(NR, nc - j0);
            boolean inPlace = bInPlace && cols == NR;
            float[] pb = inPlace ? b : packedB;
            int bPanel = inPlace ? bStart + j0 : (j0 / NR) * kc * NR;
            int bStride = inPlace ? ldb : NR;
            if (cols <= L && MR == 8) {
                for (int i0 = 0; i0 < full; i0 += MR) {
                    microKernelHalf(kc, a, aStart + i0 * rowStride, rowStride, depthStride, pb, bPanel, bStride,
                            c, cOffset + i0 * ldc + j0, ldc, MR, cols, tile);
                }
                if (full < mc) {
                    microKernelHalf(kc, packedA, 0, 1, MR, pb, bPanel, bStride, c, cOffset + full * ldc + j0, ldc,
                            mc - full, cols, tile);
                }
                continue;
            }
            for (int i0 = 0; i0 < full; i0 += MR) {
                microKernel(kc, a, aStart + i0 * rowStride, rowStride, depthStride, pb, bPanel, bStride,
                        c, cOffset + i0 * ldc + j0, ldc, MR, cols, tile);
            }
            if (full < mc) {
                microKernel(kc, packedA, 0, 1, MR, pb, bPanel, bStride, c, cOffset + full * ldc + j0, ldc, mc - full,
                        cols, tile);
            }
        }
    }

    /**
     * C[rows × cols tile] += Σ_p A_panel[p] ⊗ B_panel[p], with the MR × NR tile of C held in vector
     * registers: row r of the A panel at step p is {@code pa[aStart + r·rowStride + p·depthStride]}
     * (A's own strides where it lies, or (1, MR) in a packed partial panel), the B panel is packed.
     * MR is a constant, so C2 keeps only one of the two calls.
     */
    private static void microKernel(int kc, float[] pa, int aStart, int rowStride, int depthStride, float[] pb,
                                    int bPanel, int bStride, float[] c, int cOffset, int ldc, int rows, int cols,
                                    float[] tile) {
        if (MR == 8) {
            microKernel8(kc, pa, aStart, rowStride, depthStride, pb, bPanel, bStride, c, cOffset, ldc, rows, cols, tile);
        } else {
            microKernel6(kc, pa, aStart, rowStride, depthStride, pb, bPanel, bStride, c, cOffset, ldc, rows, cols, tile);
        }
    }

    /** The micro-kernel with 8 rows: 16 accumulators, for CPUs with 32 vector registers (AVX-512). */
    private static void microKernel8(int kc, float[] pa, int aStart, int rowStride, int depthStride, float[] pb,
                                           int bPanel, int bStride, float[] c, int cOffset, int ldc, int rows, int cols,
                                           float[] tile) {
        FloatVector c00 = FloatVector.zero(SPECIES), c01 = FloatVector.zero(SPECIES);
        FloatVector c10 = FloatVector.zero(SPECIES), c11 = FloatVector.zero(SPECIES);
        FloatVector c20 = FloatVector.zero(SPECIES), c21 = FloatVector.zero(SPECIES);
        FloatVector c30 = FloatVector.zero(SPECIES), c31 = FloatVector.zero(SPECIES);
        FloatVector c40 = FloatVector.zero(SPECIES), c41 = FloatVector.zero(SPECIES);
        FloatVector c50 = FloatVector.zero(SPECIES), c51 = FloatVector.zero(SPECIES);
        FloatVector c60 = FloatVector.zero(SPECIES), c61 = FloatVector.zero(SPECIES);
        FloatVector c70 = FloatVector.zero(SPECIES), c71 = FloatVector.zero(SPECIES);
        int ai = aStart;
        for (int p = 0, bi = bPanel; p < kc; p++, ai += depthStride, bi += bStride) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, pb, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, pb, bi + L);
            FloatVector a = FloatVector.broadcast(SPECIES, pa[ai]);
            c00 = a.fma(b0, c00);
            c01 = a.fma(b1, c01);
            a = FloatVector.broadcast(SPECIES, pa[ai + rowStride]);
            c10 = a.fma(b0, c10);
            c11 = a.fma(b1, c11);
            a = FloatVector.broadcast(SPECIES, pa[ai + 2 * rowStride]);
            c20 = a.fma(b0, c20);
            c21 = a.fma(b1, c21);
            a = FloatVector.broadcast(SPECIES, pa[ai + 3 * rowStride]);
            c30 = a.fma(b0, c30);
            c31 = a.fma(b1, c31);
            a = FloatVector.broadcast(SPECIES, pa[ai + 4 * rowStride]);
            c40 = a.fma(b0, c40);
            c41 = a.fma(b1, c41);
            a = FloatVector.broadcast(SPECIES, pa[ai + 5 * rowStride]);
            c50 = a.fma(b0, c50);
            c51 = a.fma(b1, c51);
            a = FloatVector.broadcast(SPECIES, pa[ai + 6 * rowStride]);
            c60 = a.fma(b0, c60);
            c61 = a.fma(b1, c61);
            a = FloatVector.broadcast(SPECIES, pa[ai + 7 * rowStride]);
            c70 = a.fma(b0, c70);
            c71 = a.fma(b1, c71);
        }
        c00.intoArray(tile, 0);
        c01.intoArray(tile, 0 + L);
        c10.intoArray(tile, NR);
        c11.intoArray(tile, NR + L);
        c20.intoArray(tile, 2 * NR);
        c21.intoArray(tile, 2 * NR + L);
        c30.intoArray(tile, 3 * NR);
        c31.intoArray(tile, 3 * NR + L);
        c40.intoArray(tile, 4 * NR);
        c41.intoArray(tile, 4 * NR + L);
        c50.intoArray(tile, 5 * NR);
        c51.intoArray(tile, 5 * NR + L);
        c60.intoArray(tile, 6 * NR);
        c61.intoArray(tile, 6 * NR + L);
        c70.intoArray(tile, 7 * NR);
        c71.intoArray(tile, 7 * NR + L);
        addTile(tile, c, cOffset, ldc, rows, cols);
    }

    /** {@link #microKernel8} with 6 rows (12 accumulators), for CPUs with 16 vector registers. */
    private static void microKernel6(int kc, float[] pa, int aStart, int rowStride, int depthStride, float[] pb,
                                    int bPanel, int bStride, float[] c, int cOffset, int ldc, int rows, int cols, float[] tile) {
        FloatVector c00 = FloatVector.zero(SPECIES), c01 = FloatVector.zero(SPECIES);
        FloatVector c10 = FloatVector.zero(SPECIES), c11 = FloatVector.zero(SPECIES);
        FloatVector c20 = FloatVector.zero(SPECIES), c21 = FloatVector.zero(SPECIES);
        FloatVector c30 = FloatVector.zero(SPECIES), c31 = FloatVector.zero(SPECIES);
        FloatVector c40 = FloatVector.zero(SPECIES), c41 = FloatVector.zero(SPECIES);
        FloatVector c50 = FloatVector.zero(SPECIES), c51 = FloatVector.zero(SPECIES);
        int ai = aStart;
        for (int p = 0, bi = bPanel; p < kc; p++, ai += depthStride, bi += bStride) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, pb, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, pb, bi + L);
            FloatVector a = FloatVector.broadcast(SPECIES, pa[ai]);
            c00 = a.fma(b0, c00);
            c01 = a.fma(b1, c01);
            a = FloatVector.broadcast(SPECIES, pa[ai + rowStride]);
            c10 = a.fma(b0, c10);
            c11 = a.fma(b1, c11);
            a = FloatVector.broadcast(SPECIES, pa[ai + 2 * rowStride]);
            c20 = a.fma(b0, c20);
            c21 = a.fma(b1, c21);
            a = FloatVector.broadcast(SPECIES, pa[ai + 3 * rowStride]);
            c30 = a.fma(b0, c30);
            c31 = a.fma(b1, c31);
            a = FloatVector.broadcast(SPECIES, pa[ai + 4 * rowStride]);
            c40 = a.fma(b0, c40);
            c41 = a.fma(b1, c41);
            a = FloatVector.broadcast(SPECIES, pa[ai + 5 * rowStride]);
            c50 = a.fma(b0, c50);
            c51 = a.fma(b1, c51);
        }
        c00.intoArray(tile, 0);
        c01.intoArray(tile, 0 + L);
        c10.intoArray(tile, NR);
        c11.intoArray(tile, NR + L);
        c20.intoArray(tile, 2 * NR);
        c21.intoArray(tile, 2 * NR + L);
        c30.intoArray(tile, 3 * NR);
        c31.intoArray(tile, 3 * NR + L);
        c40.intoArray(tile, 4 * NR);
        c41.intoArray(tile, 4 * NR + L);
        c50.intoArray(tile, 5 * NR);
        c51.intoArray(tile, 5 * NR + L);
        addTile(tile, c, cOffset, ldc, rows, cols);
    }

    /**
     * {@link #microKernel} for a last panel of at most L columns: an MR × L tile in 8 accumulators,
     * reading only the first vector of each packed row of B, so a 4- or 10-column edge costs half
     * the FMAs of a full tile.
     */
    private static void microKernelHalf(int kc, float[] pa, int aStart, int rowStride, int depthStride, float[] pb,
                                        int bPanel, int bStride, float[] c, int cOffset, int ldc, int rows, int cols,
                                        float[] tile) {
        FloatVector c00 = FloatVector.zero(SPECIES), c10 = FloatVector.zero(SPECIES), c20 = FloatVector.zero(SPECIES), c30 = FloatVector.zero(SPECIES);
        FloatVector c40 = FloatVector.zero(SPECIES), c50 = FloatVector.zero(SPECIES), c60 = FloatVector.zero(SPECIES), c70 = FloatVector.zero(SPECIES);
        int ai = aStart;
        for (int p = 0, bi = bPanel; p < kc; p++, ai += depthStride, bi += bStride) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, pb, bi);
            c00 = FloatVector.broadcast(SPECIES, pa[ai]).fma(b0, c00);
            c10 = FloatVector.broadcast(SPECIES, pa[ai + rowStride]).fma(b0, c10);
            c20 = FloatVector.broadcast(SPECIES, pa[ai + 2 * rowStride]).fma(b0, c20);
            c30 = FloatVector.broadcast(SPECIES, pa[ai + 3 * rowStride]).fma(b0, c30);
            c40 = FloatVector.broadcast(SPECIES, pa[ai + 4 * rowStride]).fma(b0, c40);
            c50 = FloatVector.broadcast(SPECIES, pa[ai + 5 * rowStride]).fma(b0, c50);
            c60 = FloatVector.broadcast(SPECIES, pa[ai + 6 * rowStride]).fma(b0, c60);
            c70 = FloatVector.broadcast(SPECIES, pa[ai + 7 * rowStride]).fma(b0, c70);
        }
        c00.intoArray(tile, 0);
        c10.intoArray(tile, NR);
        c20.intoArray(tile, 2 * NR);
        c30.intoArray(tile, 3 * NR);
        c40.intoArray(tile, 4 * NR);
        c50.intoArray(tile, 5 * NR);
        c60.intoArray(tile, 6 * NR);
        c70.intoArray(tile, 7 * NR);
        addTile(tile, c, cOffset, ldc, rows, cols);
    }

    /** {@link #addTile} of a whole MR × NR tile, with vectors: a method of its own, so it is always hot. */
    private static void addFullTile(float[] tile, float[] c, int cOffset, int ldc) {
        for (int r = 0, o = cOffset; r < MR; r++, o += ldc) {
            FloatVector.fromArray(SPECIES, c, o).add(FloatVector.fromArray(SPECIES, tile, r * NR)).intoArray(c, o);
            FloatVector.fromArray(SPECIES, c, o + L).add(FloatVector.fromArray(SPECIES, tile, r * NR + L))
                    .intoArray(c, o + L);
        }
    }

    /**
     * C[rows × cols tile] += the parked accumulators. Every micro-kernel call parks its
     * accumulators here and only then branches on the tile's shape: a Vector API call in a branch
     * C2 saw rarely when it compiled the kernel is left out of line and runs the API's slow Java
     * fallback (measured: W8's backward, whose 10-column products are all edge tiles, ran at half
     * speed in about half of the JVMs when the edge branch stored vectors itself).
     */
    private static void addTile(float[] tile, float[] c, int cOffset, int ldc, int rows, int cols) {
        if (cols == NR && rows == MR) {
            addFullTile(tile, c, cOffset, ldc);
        } else {
            for (int r = 0; r < rows; r++) {
                int row = cOffset + r * ldc;
                for (int j = 0; j < cols; j++) {
                    c[row + j] += tile[r * NR + j];
                }
            }
        }
    }
}
