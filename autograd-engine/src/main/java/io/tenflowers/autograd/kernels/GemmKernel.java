package io.tenflowers.autograd.kernels;

import java.util.Map;

/**
 * {@code C[m×n] += op(A)·op(B)} on row-major f32 matrices, where {@code op(X)} is X or Xᵀ.
 * A is stored as {@code [m, k]}, or {@code [k, m]} when {@code transposeA}; B as {@code [k, n]},
 * or {@code [n, k]} when {@code transposeB}; C as {@code [m, n]}. Transposed operands are read in
 * place (the packing step reorders them anyway), never copied.
 */
interface GemmKernel {
    /** {@code C[m×n] += op(A)·op(B)} as described above; {@code lda} is A's row stride as stored. */
    void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
              float[] a, int aOffset, int lda, float[] b, int bOffset, float[] c, int cOffset);

    /**
     * The blocking this kernel uses, by lower-case name in a fixed order (for run metadata: the
     * same matrices can run very differently with another species width or tile).
     */
    Map<String, Integer> blocking();
}
