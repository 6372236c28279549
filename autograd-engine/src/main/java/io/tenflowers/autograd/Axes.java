package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.Shapes;

import java.util.Arrays;

/** Argument checks shared by the ops; every message names the op and the shapes involved. */
final class Axes {
    private Axes() {
    }

    /** Maps a possibly negative axis into {@code [0, rank)}. */
    static int normalize(String op, int axis, int[] shape) {
        int rank = shape.length;
        if (axis < -rank || axis >= rank) {
            throw new IllegalArgumentException(op + ": axis " + axis + " is out of range for shape "
                    + Arrays.toString(shape) + " (rank " + rank + "); valid axes are "
                    + (rank == 0 ? "none (a scalar has no axes)" : -rank + ".." + (rank - 1)));
        }
        return axis < 0 ? axis + rank : axis;
    }

    /** The broadcast of two operand shapes, or an error naming the op, both shapes and the clash. */
    static int[] broadcast(String op, int[] a, int[] b) {
        int[] out = Shapes.broadcast(a, b);
        if (out == null) {
            throw new IllegalArgumentException(op + ": shapes " + Arrays.toString(a) + " and " + Arrays.toString(b)
                    + " cannot be broadcast together (aligned from the last dimension, each pair of "
                    + "dimensions must be equal or 1)");
        }
        return out;
    }

    static Tensor requireTensor(String op, String what, Tensor t) {
        if (t == null) {
            throw new IllegalArgumentException(op + ": " + what + " is null");
        }
        return t;
    }
}
