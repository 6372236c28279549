package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.MatmulKernels;
import io.tenflowers.autograd.kernels.Shapes;

import java.util.Arrays;

/** Matrix product over the last two dimensions with broadcast batch dimensions. */
final class MatmulOp {
    private MatmulOp() {
    }

    /** C = A·B; dA = g·Bᵀ, dB = Aᵀ·g (summed over broadcast batch dimensions by the tape). */
    static Tensor matmul(Tensor a, Tensor b) {
        Axes.requireTensor("matmul", "the other operand", b);
        if (a.rank() < 2 || b.rank() < 2) {
            throw new IllegalArgumentException("matmul: both operands need rank >= 2, got shapes "
                    + Arrays.toString(a.shape) + " and " + Arrays.toString(b.shape)
                    + "; reshape a vector to [1, n] or [n, 1]");
        }
        int m = a.shape[a.rank() - 2];
        int k = a.shape[a.rank() - 1];
        int kb = b.shape[b.rank() - 2];
        int n = b.shape[b.rank() - 1];
        if (k != kb) {
            throw new IllegalArgumentException("matmul: inner dimensions differ: " + Arrays.toString(a.shape)
                    + " x " + Arrays.toString(b.shape) + " (" + k + " vs " + kb + ")");
        }
        int[] aBatch = Arrays.copyOf(a.shape, a.rank() - 2);
        int[] bBatch = Arrays.copyOf(b.shape, b.rank() - 2);
        int[] batch = Shapes.broadcast(aBatch, bBatch);
        if (batch == null) {
            throw new IllegalArgumentException("matmul: batch dimensions of " + Arrays.toString(a.shape) + " and "
                    + Arrays.toString(b.shape) + " cannot be broadcast together");
        }
        int[] shape = Arrays.copyOf(batch, batch.length + 2);
        shape[batch.length] = m;
        shape[batch.length + 1] = n;
        Tensor out = Tensor.wrap(MatmulKernels.batched(a.data, aBatch, b.data, bBatch, batch, m, k, n), shape);
        if (TapeStack.anyOpen()) {
            TapeStack.record("matmul", out, (g, needs) -> new Tensor[]{
                    needs[0] ? g.matmul(b.transpose()) : null,
                    needs[1] ? a.transpose().matmul(g) : null}, a, b);
        }
        return out;
    }
}
