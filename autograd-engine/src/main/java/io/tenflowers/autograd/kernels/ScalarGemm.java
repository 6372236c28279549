package io.tenflowers.autograd.kernels;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The portable GEMM: cache-blocked i-k-j loops whose inner loop runs along rows of B and C
 * (unit stride, which C2 auto-vectorises). Transposed operands are read through index
 * arithmetic in the two cases where that keeps the inner loop contiguous, and otherwise copied
 * once into a row-major scratch array: this path is the fallback when the Vector API is absent,
 * so simplicity wins over the last factor of speed.
 */
final class ScalarGemm implements GemmKernel {
    private static final int K_BLOCK = 128;
    private static final int N_BLOCK = 512;

    /** k_block × n_block is the block of B one pass of the i-k-j loops streams over. */
    @Override
    public Map<String, Integer> blocking() {
        Map<String, Integer> blocking = new LinkedHashMap<>();
        blocking.put("k_block", K_BLOCK);
        blocking.put("n_block", N_BLOCK);
        return blocking;
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                     float[] a, int aOffset, int lda, float[] b, int bOffset, float[] c, int cOffset) {
        if (transposeB) {
            b = transposed(b, bOffset, n, k, k);
            bOffset = 0;
        }
        if (transposeA) {
            a = transposed(a, aOffset, k, m, lda);
            aOffset = 0;
            lda = k;
        }
        for (int p0 = 0; p0 < k; p0 += K_BLOCK) {
            int p1 = Math.min(p0 + K_BLOCK, k);
            for (int j0 = 0; j0 < n; j0 += N_BLOCK) {
                int j1 = Math.min(j0 + N_BLOCK, n);
                for (int i = 0; i < m; i++) {
                    int cRow = cOffset + i * n;
                    int aRow = aOffset + i * lda;
                    for (int p = p0; p < p1; p++) {
                        axpy(a[aRow + p], b, bOffset + p * n, c, cRow, j0, j1);
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

    /** The {@code cols × rows} transpose of a {@code rows × cols} matrix stored with row stride {@code ld}. */
    private static float[] transposed(float[] x, int offset, int rows, int cols, int ld) {
        float[] t = new float[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = x[offset + i * ld + j];
            }
        }
        return t;
    }
}
