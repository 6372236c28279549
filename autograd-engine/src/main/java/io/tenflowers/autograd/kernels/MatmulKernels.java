package io.tenflowers.autograd.kernels;

/**
 * Single-precision matrix multiply, cache-blocked. The inner loop runs along a row of B and of C
 * (unit stride, no calls, no branches), which C2 vectorises; blocking over k and n keeps the
 * touched panel of B in L2 while all rows of A stream past it.
 */
public final class MatmulKernels {
    private static final int K_BLOCK = 128;
    private static final int N_BLOCK = 512;

    private MatmulKernels() {
    }

    /**
     * {@code C[m×n] += A[m×k] · B[k×n]}, all row-major, starting at the given offsets.
     * {@code C} is accumulated into, so pass a zeroed region for a plain product.
     */
    public static void multiplyAdd(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        for (int p0 = 0; p0 < k; p0 += K_BLOCK) {
            int p1 = Math.min(p0 + K_BLOCK, k);
            for (int j0 = 0; j0 < n; j0 += N_BLOCK) {
                int j1 = Math.min(j0 + N_BLOCK, n);
                for (int i = 0; i < m; i++) {
                    int cRow = co + i * n;
                    int aRow = ao + i * k;
                    for (int p = p0; p < p1; p++) {
                        axpy(a[aRow + p], b, bo + p * n, c, cRow, j0, j1);
                    }
                }
            }
        }
    }

    private static void axpy(float alpha, float[] b, int bRow, float[] c, int cRow, int from, int to) {
        for (int j = from; j < to; j++) {
            c[cRow + j] += alpha * b[bRow + j];
        }
    }

    /**
     * Batched product {@code [..., m, k] · [..., k, n] → [..., m, n]}; the batch dimensions
     * (all but the last two) broadcast, given as {@code outBatch}.
     */
    public static float[] batched(float[] a, int[] aBatch, float[] b, int[] bBatch, int[] outBatch, int m, int k, int n) {
        int batches = Shapes.size(outBatch);
        float[] c = new float[batches * m * n];
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
            multiplyAdd(a, aMatrix * m * k, b, bMatrix * k * n, c, batch * m * n, m, k, n);
            for (int d = outBatch.length - 1; d >= 0 && ++index[d] == outBatch[d]; d--) {
                index[d] = 0;
            }
        }
        return c;
    }
}
