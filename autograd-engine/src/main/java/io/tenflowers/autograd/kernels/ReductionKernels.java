package io.tenflowers.autograd.kernels;

import java.util.Locale;

/**
 * Reductions along one axis of a tensor viewed as {@code [outer, axisLength, inner]} (row-major):
 * the result has shape {@code [outer, inner]}. Reducing every element is {@code outer = inner = 1}.
 */
public final class ReductionKernels {
    private ReductionKernels() {
    }

    /** The reductions implemented. */
    public enum Kind { SUM, MAX, MIN }

    /**
     * Reduces {@code x} along the middle dimension of {@code [outer, axisLength, inner]}. Along an
     * axis of length 0 the sum is 0; max and min of nothing have no value and are refused.
     */
    public static float[] reduce(Kind kind, float[] x, int outer, int axisLength, int inner) {
        if (axisLength == 0) {
            if (kind != Kind.SUM) {
                throw new IllegalArgumentException(kind.name().toLowerCase(Locale.ROOT)
                        + " along an axis of length 0 has no value; reduce a non-empty axis");
            }
            return Buffers.zeroed(outer * inner);
        }
        // Every element is written below: the first row is copied, or the slice reduced at once.
        float[] out = Buffers.uninitialized(outer * inner);
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
            case MAX:
                return KernelBackend.MATH.max(x, from, n);
            case MIN:
                return KernelBackend.MATH.min(x, from, n);
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

    /**
     * For {@code x} viewed as {@code [outer, length, inner]} and {@code extreme [outer, inner]}
     * (each slice's max or min): 1/k where x equals its slice's extreme (k such positions in the
     * slice), 0 elsewhere. One pass counts the ties, one writes the shares, so no full-size mask
     * array is built on the way (the max/min gradient needs only the shares).
     */
    public static float[] tieShares(float[] x, float[] extreme, int outer, int length, int inner) {
        float[] shares = Buffers.zeroed(x.length);
        if (inner == 1) {
            // Contiguous slices (all elements, or the last axis): one flat compare loop per slice
            // remembers where the ties are (usually one), then writes their shares. Nested loops
            // with an inner length of 1 cost ~2.5 ns per element (measured 77 µs for 10k).
            int[] ties = new int[8];
            for (int o = 0; o < outer; o++) {
                int base = o * length;
                float e = extreme[o];
                int k = 0;
                for (int a = 0; a < length; a++) {
                    if (x[base + a] == e) {
                        if (k == ties.length) {
                            ties = java.util.Arrays.copyOf(ties, 2 * k);
                        }
                        ties[k++] = base + a;
                    }
                }
                float share = 1f / k;
                for (int j = 0; j < k; j++) {
                    shares[ties[j]] = share;
                }
            }
            return shares;
        }
        int[] counts = new int[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int a = 0; a < length; a++) {
                int row = (o * length + a) * inner;
                int slice = o * inner;
                for (int i = 0; i < inner; i++) {
                    if (x[row + i] == extreme[slice + i]) {
                        counts[slice + i]++;
                    }
                }
            }
        }
        for (int o = 0; o < outer; o++) {
            for (int a = 0; a < length; a++) {
                int row = (o * length + a) * inner;
                int slice = o * inner;
                for (int i = 0; i < inner; i++) {
                    if (x[row + i] == extreme[slice + i]) {
                        shares[row + i] = 1f / counts[slice + i];
                    }
                }
            }
        }
        return shares;
    }
}
