package io.tenflowers.autograd.kernels;

/**
 * Single-precision matrix products on the chosen backend ({@link KernelBackend}): the Vector API
 * GEMM when available, else the portable cache-blocked loops.
 */
public final class MatmulKernels {
    private static final long SMALL_PRODUCT = 8192;
    private static final GemmKernel SCALAR = new ScalarGemm();

    private MatmulKernels() {
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
            SCALAR.gemm(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset);
            return;
        }
        KernelBackend.GEMM.gemm(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset);
    }

    /**
     * Batched {@code op(A)·op(B)} over the leading dimensions, which broadcast: {@code aBatch} and
     * {@code bBatch} are the operands' batch shapes, {@code outBatch} their broadcast. Each
     * operand matrix holds {@code m·k} resp. {@code k·n} elements. Returns {@code [outBatch..., m, n]}.
     */
    public static float[] batched(float[] a, int[] aBatch, boolean transposeA, float[] b, int[] bBatch, boolean transposeB,
                                  int[] outBatch, int m, int k, int n) {
        int batches = Shapes.size(outBatch);
        float[] c = new float[batches * m * n];
        if (batches == 1) {
            gemm(transposeA, transposeB, m, n, k, a, 0, b, 0, c, 0);
            return c;
        }
        int[] aStrides = Shapes.broadcastStrides(aBatch, outBatch);
        int[] bStrides = Shapes.broadcastStrides(bBatch, outBatch);
        int[] index = new int[outBatch.length];
        for (int batch = 0; batch < batches; batch++) {
            int aMatrix = 0;
            int bMatrix = 0;
            for (int d = 0; d < outBatch.length; d++) {
                aMatrix += index[d] * aStrides[d];
                bMatrix += index[d] * bStrides[d];
            }
            gemm(transposeA, transposeB, m, n, k, a, aMatrix * m * k, b, bMatrix * k * n, c, batch * m * n);
            for (int d = outBatch.length - 1; d >= 0 && ++index[d] == outBatch[d]; d--) {
                index[d] = 0;
            }
        }
        return c;
    }
}
