package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.MatmulKernels;
import io.tenflowers.autograd.kernels.Shapes;

import java.util.Arrays;

/**
 * Matrix product over the last two dimensions with broadcast batch dimensions, optionally of the
 * transposed operands. The transposed forms are what backward needs; the kernel reads a
 * transposed operand in place, so no transpose is ever materialised.
 */
final class MatmulOp {
    private MatmulOp() {
    }

    /**
     * C = op(A)·op(B). Backward, with G = dC:
     * dA = G·op(B)ᵀ (or its transpose op(B)·Gᵀ when A was transposed);
     * dB = op(A)ᵀ·G (or Gᵀ·op(A) when B was transposed). Batch dimensions are summed by the tape.
     */
    static Tensor matmul(Tensor a, boolean transposeA, Tensor b, boolean transposeB) {
        Axes.requireTensor("matmul", "the other operand", b);
        if (a.rank() < 2 || b.rank() < 2) {
            throw new IllegalArgumentException("matmul: both operands need rank >= 2, got shapes "
                    + Arrays.toString(a.shape) + " and " + Arrays.toString(b.shape)
                    + "; reshape a vector to [1, n] or [n, 1]");
        }
        int ar = a.rank();
        int br = b.rank();
        int m = a.shape[transposeA ? ar - 1 : ar - 2];
        int k = a.shape[transposeA ? ar - 2 : ar - 1];
        int kb = b.shape[transposeB ? br - 1 : br - 2];
        int n = b.shape[transposeB ? br - 2 : br - 1];
        if (k != kb) {
            throw new IllegalArgumentException("matmul: inner dimensions differ: " + describe(a, transposeA)
                    + " x " + describe(b, transposeB) + " (" + k + " vs " + kb + ")");
        }
        int[] aBatch = Arrays.copyOf(a.shape, ar - 2);
        int[] bBatch = Arrays.copyOf(b.shape, br - 2);
        int[] batch = Shapes.broadcast(aBatch, bBatch);
        if (batch == null) {
            throw new IllegalArgumentException("matmul: batch dimensions of " + Arrays.toString(a.shape) + " and "
                    + Arrays.toString(b.shape) + " cannot be broadcast together");
        }
        int[] shape = Arrays.copyOf(batch, batch.length + 2);
        shape[batch.length] = m;
        shape[batch.length + 1] = n;
        Tensor out = Tensor.wrap(MatmulKernels.batched(a.data(), aBatch, transposeA, b.data(), bBatch, transposeB,
                batch, m, k, n), shape);
        if (TapeStack.anyOpen()) {
            TapeStack.record("matmul", out, (g, needs) -> new Tensor[]{
                    !needs[0] ? null : transposeA ? matmul(b, transposeB, g, true) : matmul(g, false, b, !transposeB),
                    !needs[1] ? null : transposeB ? matmul(g, true, a, transposeA) : matmul(a, !transposeA, g, false)},
                    a, b);
        }
        return out;
    }

    private static String describe(Tensor t, boolean transposed) {
        return Arrays.toString(t.shape) + (transposed ? "ᵀ" : "");
    }
}
