package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.ReductionKernels;
import io.tenflowers.autograd.kernels.ReductionKernels.Kind;

import java.util.Arrays;

/**
 * Reductions over all elements or along one axis. {@code mean} is {@code sum / n}. For max and
 * min, tied extremes share the gradient equally (each gets g/k for k ties): the subgradient that
 * treats tied inputs symmetrically, and what a central finite difference sees for two ties.
 */
final class ReductionOps {
    private ReductionOps() {
    }

    static Tensor sum(Tensor a) {
        return reduce("sum", Kind.SUM, a, null, false);
    }

    static Tensor sum(Tensor a, int axis, boolean keepDims) {
        return reduce("sum", Kind.SUM, a, Axes.normalize("sum", axis, a.shape), keepDims);
    }

    // The mean of no elements is 0/0 = NaN, as in PyTorch and NumPy: a number would hide an empty
    // batch. Its gradient is the input's shape, so empty.
    static Tensor mean(Tensor a) {
        return sum(a).div(a.size());
    }

    static Tensor mean(Tensor a, int axis, boolean keepDims) {
        int ax = Axes.normalize("mean", axis, a.shape);
        return sum(a, ax, keepDims).div(a.shape[ax]);
    }

    static Tensor max(Tensor a) {
        return reduce("max", Kind.MAX, a, null, false);
    }

    static Tensor max(Tensor a, int axis, boolean keepDims) {
        return reduce("max", Kind.MAX, a, Axes.normalize("max", axis, a.shape), keepDims);
    }

    static Tensor min(Tensor a) {
        return reduce("min", Kind.MIN, a, null, false);
    }

    static Tensor min(Tensor a, int axis, boolean keepDims) {
        return reduce("min", Kind.MIN, a, Axes.normalize("min", axis, a.shape), keepDims);
    }

    /**
     * @param axis normalised axis, or {@code null} for all elements
     */
    private static Tensor reduce(String op, Kind kind, Tensor a, Integer axis, boolean keepDims) {
        if (kind != Kind.SUM && a.size() == 0) {
            throw new IllegalArgumentException(op + ": cannot reduce an empty tensor of shape " + Arrays.toString(a.shape));
        }
        int outer = 1;
        int length = a.size();
        int inner = 1;
        int[] keptShape = new int[a.shape.length];
        Arrays.fill(keptShape, 1);
        if (axis != null) {
            for (int d = 0; d < axis; d++) {
                outer *= a.shape[d];
            }
            length = a.shape[axis];
            for (int d = axis + 1; d < a.shape.length; d++) {
                inner *= a.shape[d];
            }
            keptShape = a.shape.clone();
            keptShape[axis] = 1;
        }
        int[] outShape = axis == null ? (keepDims ? keptShape : new int[0])
                : keepDims ? keptShape : dropAxis(a.shape, axis);
        // The sum along an axis of length 0 is 0 (max and min of nothing were refused above).
        float[] values = ReductionKernels.reduce(kind, a.data(), outer, length, inner);
        Tensor out = Tensor.wrap(values, outShape);
        if (TapeStack.anyOpen()) {
            int[] kept = keptShape;
            int o = outer;
            int l = length;
            int i = inner;
            BackwardRule rule = kind == Kind.SUM
                    ? (g, needs) -> new Tensor[]{g.reshape(kept)}
                    : (g, needs) -> new Tensor[]{g.reshape(kept).mul(tieShares(a, out, o, l, i))};
            TapeStack.record(op, out, rule, a);
        }
        return out;
    }

    /** 1/k at each of the k positions equal to the extreme of their slice, 0 elsewhere. */
    private static Tensor tieShares(Tensor a, Tensor extreme, int outer, int length, int inner) {
        return Tensor.wrap(ReductionKernels.tieShares(a.data(), extreme.data(), outer, length, inner), a.shape);
    }

    private static int[] dropAxis(int[] shape, int axis) {
        int[] out = new int[shape.length - 1];
        for (int d = 0, o = 0; d < shape.length; d++) {
            if (d != axis) {
                out[o++] = shape[d];
            }
        }
        return out;
    }
}
