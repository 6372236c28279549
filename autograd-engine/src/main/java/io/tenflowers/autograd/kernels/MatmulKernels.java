package io.tenflowers.autograd.kernels;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Single-precision matrix products on the chosen backend ({@link KernelBackend}): the Vector API
 * GEMM when available, else the portable cache-blocked loops.
 */
public final class MatmulKernels {
    private static final long SMALL_PRODUCT = 8192;
    /**
     * Below this many multiply-adds (4 M, ~80 µs on one thread) a product stays on one thread.
     * Measured with 2 threads on the 2-vCPU machine: at 2^20, W6's 3.2 M-multiply-add products
     * were split and W6 fell from 6,851 to 4,796 ops/s (waking a parked thread costs tens of µs,
     * and the two vCPUs do not always give two cores' throughput); at 2^22 it ran 6,771 ops/s
     * while W7 and W8 (over 100 M each) still split.
     */
    static final long PARALLEL_PRODUCT = 1L << 22;
    private static final GemmKernel SCALAR = new ScalarGemm();

    private MatmulKernels() {
    }

    /**
     * The size thresholds of {@link #gemm}, in multiply-adds (m·n·k), by lower-case name in a
     * fixed order: {@code scalar_below} (smaller products use the scalar loops on any backend),
     * {@code parallel_from} (smaller ones stay on one thread), and {@code row_grain} (rows per
     * thread come in multiples of it, a count of rows).
     */
    public static Map<String, Long> thresholds() {
        Map<String, Long> thresholds = new LinkedHashMap<>();
        thresholds.put("scalar_below", SMALL_PRODUCT);
        thresholds.put("parallel_from", PARALLEL_PRODUCT);
        thresholds.put("row_grain", (long) ROW_GRAIN);
        return thresholds;
    }

    /**
     * {@code C[m×n] += op(A)·op(B)}: A stored {@code [m, k]} (or {@code [k, m]} if
     * {@code transposeA}), B stored {@code [k, n]} (or {@code [n, k]} if {@code transposeB}), all
     * row-major from the given offsets. Accumulates into C: pass a zeroed region for a product.
     */
    public static void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                            float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset) {
        // Tiny products are dominated by packing, and the Vector API is very slow until C2 has
        // compiled it (every vector is an object in the interpreter and C1): plain loops win.
        if ((long) m * n * k < SMALL_PRODUCT) {
            SCALAR.gemm(transposeA, transposeB, m, n, k, a, aOffset, transposeA ? m : k, b, bOffset, c, cOffset);
            return;
        }
        int threads = Parallelism.threadsForKernel();
        if (threads == 1 || (long) m * n * k < PARALLEL_PRODUCT || m < 2 * ROW_GRAIN) {
            KernelBackend.GEMM.gemm(transposeA, transposeB, m, n, k, a, aOffset, transposeA ? m : k, b, bOffset, c, cOffset);
            return;
        }
        gemmByRowBlocks(Math.min(threads, m / ROW_GRAIN), transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset);
    }

    /** Rows handed to a thread come in multiples of the micro-kernel's height, so no tile is split. */
    private static final int ROW_GRAIN = KernelBackend.GEMM.blocking().getOrDefault("mr", 8);

    /**
     * Splits op(A) and C into blocks of rows, one per thread. Every element of C is computed by
     * the same sequence of operations as on one thread, so the result is bitwise identical.
     */
    private static void gemmByRowBlocks(int chunks, boolean transposeA, boolean transposeB, int m, int n, int k,
                                        float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset) {
        int grains = (m + ROW_GRAIN - 1) / ROW_GRAIN;
        int lda = transposeA ? m : k;
        Parallelism.forEachChunk(chunks, chunk -> {
            int from = Math.min(m, grains * chunk / chunks * ROW_GRAIN);
            int to = Math.min(m, grains * (chunk + 1) / chunks * ROW_GRAIN);
            if (from < to) {
                int aStart = aOffset + (transposeA ? from : from * k);
                KernelBackend.GEMM.gemm(transposeA, transposeB, to - from, n, k, a, aStart, lda, b, bOffset,
                        c, cOffset + from * n);
            }
        });
    }

    /**
     * Batched {@code op(A)·op(B)} over the leading dimensions, which broadcast: {@code aBatch} and
     * {@code bBatch} are the operands' batch shapes, {@code outBatch} their broadcast. Each
     * operand matrix holds {@code m·k} resp. {@code k·n} elements. Returns {@code [outBatch..., m, n]}.
     */
    public static float[] batched(float[] a, int[] aBatch, boolean transposeA, float[] b, int[] bBatch, boolean transposeB,
                                  int[] outBatch, int m, int k, int n) {
        int batches = Shapes.size(outBatch);
        float[] c = Buffers.zeroed(batches * m * n);
        if (batches == 1) {
            gemm(transposeA, transposeB, m, n, k, a, 0, b, 0, c, 0);
            return c;
        }
        int[] aStrides = Shapes.broadcastStrides(aBatch, outBatch);
        int[] bStrides = Shapes.broadcastStrides(bBatch, outBatch);
        int threads = Parallelism.threadsForKernel();
        // Many small products (a convolution's per-image GEMMs): split the batch, not the matrices.
        int chunks = threads > 1 && (long) batches * m * n * k >= PARALLEL_PRODUCT ? Math.min(threads, batches) : 1;
        Parallelism.forEachChunk(chunks, chunk -> {
            int[] index = new int[outBatch.length];
            int from = batches * chunk / chunks;
            int to = batches * (chunk + 1) / chunks;
            for (int batch = from; batch < to; batch++) {
                int rest = batch;
                int aMatrix = 0;
                int bMatrix = 0;
                for (int d = outBatch.length - 1; d >= 0; d--) {
                    index[d] = rest % outBatch[d];
                    rest /= outBatch[d];
                    aMatrix += index[d] * aStrides[d];
                    bMatrix += index[d] * bStrides[d];
                }
                gemm(transposeA, transposeB, m, n, k, a, aMatrix * m * k, b, bMatrix * k * n, c, batch * m * n);
            }
        });
        return c;
    }
}
