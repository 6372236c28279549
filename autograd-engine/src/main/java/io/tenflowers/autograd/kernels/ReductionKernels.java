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
                return sum(x, from, n);
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

    /**
     * Sum in double (a long f32 sum loses digits that the gradient checks see) over four
     * independent accumulators: one chain of dependent adds would cost 4 cycles per element.
     */
    private static float sum(float[] x, int from, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += x[from + i];
            s1 += x[from + i + 1];
            s2 += x[from + i + 2];
            s3 += x[from + i + 3];
        }
        for (; i < n; i++) {
            s0 += x[from + i];
        }
        return (float) ((s0 + s1) + (s2 + s3));
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
