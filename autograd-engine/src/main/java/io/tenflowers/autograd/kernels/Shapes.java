package io.tenflowers.autograd.kernels;

import java.util.Arrays;

/** Shape arithmetic for dense row-major tensors: sizes, strides and NumPy broadcasting. */
public final class Shapes {
    private Shapes() {
    }

    /** Number of elements of a tensor of this shape (1 for the scalar shape {@code []}). */
    public static int size(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has " + n
                    + " elements; at most " + Integer.MAX_VALUE + " are supported");
        }
        return (int) n;
    }

    /** Row-major strides, in elements. */
    public static int[] strides(int[] shape) {
        int[] strides = new int[shape.length];
        int s = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = s;
            s *= shape[d];
        }
        return strides;
    }

    /**
     * The NumPy broadcast of two shapes: aligned at the trailing dimension, each pair of dimensions
     * must be equal or one of them 1. Returns {@code null} when they do not broadcast, so that the
     * caller can name its op in the error.
     */
    public static int[] broadcast(int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = dimFromEnd(a, rank - 1 - i);
            int db = dimFromEnd(b, rank - 1 - i);
            if (da != db && da != 1 && db != 1) {
                return null;
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** True when {@code from} broadcasts to exactly {@code to}. */
    public static boolean broadcastsTo(int[] from, int[] to) {
        int[] b = broadcast(from, to);
        return b != null && Arrays.equals(b, to);
    }

    /**
     * Strides of an operand of shape {@code in} read as if it had shape {@code out} (which it
     * broadcasts to): aligned to {@code out}'s rank, 0 on every broadcast dimension.
     */
    public static int[] broadcastStrides(int[] in, int[] out) {
        int[] inStrides = strides(in);
        int[] result = new int[out.length];
        int offset = out.length - in.length;
        for (int d = 0; d < in.length; d++) {
            result[d + offset] = in[d] == 1 ? 0 : inStrides[d];
        }
        return result;
    }

    private static int dimFromEnd(int[] shape, int fromEnd) {
        int i = shape.length - 1 - fromEnd;
        return i >= 0 ? shape[i] : 1;
    }
}
