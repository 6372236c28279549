package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.Tensor;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Comparison of an engine tensor (f32) with a double-precision reference. */
final class Approx {
    /** Relative to the largest reference magnitude: f32 arithmetic over ~10⁴-term sums stays well inside. */
    static final double RELATIVE = 1e-4;
    /** Floor for all-zero or tiny references. */
    static final double ABSOLUTE = 1e-6;

    private Approx() {
    }

    /**
     * Asserts {@code actual} has {@code shape} and {@code |actual - expected| ≤ RELATIVE·max|expected| + ABSOLUTE}
     * everywhere; the message names the first element that is off.
     */
    static void assertClose(String what, double[] expected, int[] shape, Tensor actual) {
        assertArrayEquals(shape, actual.shape(), () -> what + ": shape " + Arrays.toString(actual.shape())
                + ", expected " + Arrays.toString(shape));
        float[] a = actual.toFloatArray();
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        double tolerance = RELATIVE * scale + ABSOLUTE;
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(a[i] - expected[i]) <= tolerance)) {
                fail(what + ": element " + i + " is " + a[i] + ", expected " + expected[i] + " (tolerance " + tolerance + ")");
            }
        }
    }

    /** As {@link #assertClose(String, double[], int[], Tensor)} for a scalar. */
    static void assertScalar(String what, double expected, Tensor actual) {
        assertClose(what, new double[]{expected}, new int[0], actual);
    }
}
