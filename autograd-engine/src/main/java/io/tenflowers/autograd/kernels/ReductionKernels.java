package io.tenflowers.autograd.kernels;

/**
 * Reductions along one axis of a tensor viewed as {@code [outer, axisLength, inner]} (row-major):
 * the result has shape {@code [outer, inner]}. Reducing every element is {@code outer = inner = 1}.
 */
public final class ReductionKernels {
    private ReductionKernels() {
    }

    /** The reductions implemented. */
    public enum Kind { SUM, MAX, MIN }

    /** Reduces {@code x} along the middle dimension of {@code [outer, axisLength, inner]}. */
    public static float[] reduce(Kind kind, float[] x, int outer, int axisLength, int inner) {
        float[] out = new float[outer * inner];
        for (int o = 0; o < outer; o++) {
            int base = o * axisLength * inner;
            if (inner == 1) {
                out[o] = reduceContiguous(kind, x, base, axisLength);
            } else {
                reduceRows(kind, x, base, axisLength, inner, out, o * inner);
            }
        }
        return out;
    }

    private static float reduceContiguous(Kind kind, float[] x, int from, int n) {
        switch (kind) {
            case SUM:
                // Accumulated in several chains and combined in double: a long single f32 chain
                // is slow (4 cycles per add) and loses digits the gradient checks see.
                return (float) KernelBackend.MATH.sum(x, from, n);
            case MAX: {
                float m = Float.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    m = Math.max(m, x[from + i]);
                }
                return m;
            }
            case MIN: {
                float m = Float.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    m = Math.min(m, x[from + i]);
                }
                return m;
            }
            default:
                throw new AssertionError(kind);
        }
    }

    private static void reduceRows(Kind kind, float[] x, int base, int axisLength, int inner, float[] out, int oo) {
        System.arraycopy(x, base, out, oo, inner);
        for (int a = 1; a < axisLength; a++) {
            int row = base + a * inner;
            switch (kind) {
                case SUM: for (int i = 0; i < inner; i++) { out[oo + i] += x[row + i]; } break;
                case MAX: for (int i = 0; i < inner; i++) { out[oo + i] = Math.max(out[oo + i], x[row + i]); } break;
                case MIN: for (int i = 0; i < inner; i++) { out[oo + i] = Math.min(out[oo + i], x[row + i]); } break;
                default: throw new AssertionError(kind);
            }
        }
    }
}
