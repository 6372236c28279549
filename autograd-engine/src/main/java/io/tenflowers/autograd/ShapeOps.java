package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.BroadcastKernels;
import io.tenflowers.autograd.kernels.Shapes;
import io.tenflowers.autograd.kernels.TransposeKernels;

import java.util.Arrays;

/** Ops that move elements without arithmetic: reshape, transpose, broadcast and its adjoint. */
final class ShapeOps {
    private ShapeOps() {
    }

    /** Same elements, new shape (one -1 is inferred). Shares the data, except a variable's (which may change). */
    static Tensor reshape(Tensor a, int[] requested) {
        int[] shape = inferShape(a, requested);
        if (Arrays.equals(shape, a.shape) && !a.isVariable()) {
            return a;
        }
        Tensor out = Tensor.wrap(a.isVariable() ? a.data().clone() : a.data(), shape);
        if (TapeStack.anyOpen()) {
            TapeStack.record("reshape", out, (g, needs) -> new Tensor[]{g.reshape(a.shape)}, a);
        }
        return out;
    }

    static Tensor transpose(Tensor a, int d0, int d1) {
        if (d0 == d1) {
            return a;
        }
        int[] shape = a.shape.clone();
        shape[d0] = a.shape[d1];
        shape[d1] = a.shape[d0];
        Tensor out = Tensor.wrap(TransposeKernels.swapAxes(a.data(), a.shape, d0, d1), shape);
        if (TapeStack.anyOpen()) {
            TapeStack.record("transpose", out, (g, needs) -> new Tensor[]{g.transpose(d0, d1)}, a);
        }
        return out;
    }

    /** Repeats along broadcast dimensions; the gradient is summed back ({@link #sumTo}). */
    static Tensor broadcastTo(Tensor a, int[] target) {
        if (target == null) {
            throw new IllegalArgumentException("broadcastTo: shape is null");
        }
        if (!Shapes.broadcastsTo(a.shape, target)) {
            throw new IllegalArgumentException("broadcastTo: shape " + Arrays.toString(a.shape)
                    + " cannot be broadcast to " + Arrays.toString(target));
        }
        if (Arrays.equals(a.shape, target)) {
            return a;
        }
        int[] shape = target.clone();
        Tensor out = Tensor.wrap(BroadcastKernels.broadcastTo(a.data(), a.shape, shape), shape);
        if (TapeStack.anyOpen()) {
            TapeStack.record("broadcastTo", out, (g, needs) -> new Tensor[]{sumTo(g, a.shape)}, a);
        }
        return out;
    }

    /** Sums over the dimensions along which {@code target} broadcasts to {@code a}'s shape; gradient broadcasts. */
    static Tensor sumTo(Tensor a, int[] target) {
        if (Arrays.equals(a.shape, target)) {
            return a;
        }
        int[] shape = target.clone();
        Tensor out = Tensor.wrap(BroadcastKernels.sumTo(a.data(), a.shape, shape), shape);
        if (TapeStack.anyOpen()) {
            TapeStack.record("sumTo", out, (g, needs) -> new Tensor[]{g.broadcastTo(a.shape)}, a);
        }
        return out;
    }

    private static int[] inferShape(Tensor a, int[] requested) {
        if (requested == null) {
            throw new IllegalArgumentException("reshape: shape is null");
        }
        int[] shape = requested.clone();
        int inferred = -1;
        long known = 1;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == -1 && inferred < 0) {
                inferred = d;
            } else if (shape[d] < 0) {
                throw new IllegalArgumentException("reshape: shape " + Arrays.toString(requested)
                        + " may hold at most one -1 and no other negative dimension");
            } else {
                known *= shape[d];
            }
        }
        if (inferred >= 0) {
            if (known == 0 || a.size() % known != 0) {
                throw new IllegalArgumentException("reshape: cannot reshape " + Arrays.toString(a.shape) + " ("
                        + a.size() + " elements) to " + Arrays.toString(requested));
            }
            shape[inferred] = (int) (a.size() / known);
            known *= shape[inferred];
        }
        if (known != a.size()) {
            throw new IllegalArgumentException("reshape: cannot reshape " + Arrays.toString(a.shape) + " ("
                    + a.size() + " elements) to " + Arrays.toString(requested) + " (" + known + " elements)");
        }
        return shape;
    }
}
