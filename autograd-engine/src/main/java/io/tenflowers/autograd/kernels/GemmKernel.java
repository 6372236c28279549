package io.tenflowers.autograd.kernels;

/**
 * {@code C[m×n] += op(A)·op(B)} on row-major f32 matrices, where {@code op(X)} is X or Xᵀ.
 * A is stored as {@code [m, k]}, or {@code [k, m]} when {@code transposeA}; B as {@code [k, n]},
 * or {@code [n, k]} when {@code transposeB}; C as {@code [m, n]}. Transposed operands are read in
 * place (the packing step reorders them anyway), never copied.
 */
interface GemmKernel {
    void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
              float[] a, int aOffset, int lda, float[] b, int bOffset, float[] c, int cOffset);
}
