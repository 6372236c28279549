package io.tenflowers.autograd.kernels;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The element-wise math kernels (the scalar fallback and the backend in use) against double
 * precision references, on sizes that leave vector tails (1, 7, 33, 257) and W3/W4's 10000, with
 * the edge values a kernel gets wrong first: signed zeros, tiny and huge magnitudes.
 */
class MathKernelReferenceTest {

    private static final float[] EDGES = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, 1e-30f, -1e-30f,
            1f, -1f, 20f, -20f, 87f, -87f, 88.8f, -103f, 200f, -200f};

    /** Random values in [-8, 8) with the edge values spread over the array (also into its tail). */
    private static float[] inputs(int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextFloat() * 16 - 8;
        }
        for (int e = 0; e < EDGES.length && e < n; e++) {
            x[(int) ((long) e * 7919 % n)] = EDGES[e];
        }
        x[n - 1] = n > 1 ? -0f : x[n - 1];
        return x;
    }

    private static MathKernel[] kernels() {
        return new MathKernel[]{new ScalarMath(), KernelBackend.MATH};
    }

    /** |actual - expected| ≤ rel·|expected| + abs, exact for infinities, named by index and input. */
    private static void assertClose(String what, MathKernel k, float[] x, float[] actual, DoubleUnaryOperator reference,
                                    double rel, double abs) {
        for (int i = 0; i < x.length; i++) {
            double expected = reference.applyAsDouble(x[i]);
            double tolerance = rel * Math.abs(expected) + abs;
            boolean ok = Double.isInfinite(expected) || Math.abs(expected) > Float.MAX_VALUE
                    ? actual[i] == (float) expected
                    : Math.abs(actual[i] - expected) <= tolerance;
            if (!ok) {
                fail(k.getClass().getSimpleName() + "." + what + " at [" + i + "] of " + x.length + ": x=" + x[i]
                        + " expected " + expected + " got " + actual[i]);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 33, 257, 10000})
    void transcendentalsMatchDoublePrecision(int n) {
        float[] x = inputs(n, n);
        for (MathKernel k : kernels()) {
            float[] out = new float[n];
            k.exp(x, out);
            // Below ~1e-38 results are subnormal floats: one step is Float.MIN_VALUE there.
            assertClose("exp", k, x, out, Math::exp, 4e-7, 2 * Float.MIN_VALUE);
            k.sigmoid(x, out);
            assertClose("sigmoid", k, x, out, v -> 1 / (1 + Math.exp(-v)), 4e-7, 1e-38);
            k.tanh(x, out);
            assertClose("tanh", k, x, out, Math::tanh, 4e-7, 1e-38);
            float[] positive = new float[n];
            for (int i = 0; i < n; i++) {
                positive[i] = Math.abs(x[i]) + 1e-3f;
            }
            k.log(positive, out);
            assertClose("log", k, positive, out, Math::log, 4e-7, 1e-7);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 33, 257, 10000})
    void reluAndItsGradientAreExactIncludingSignedZeros(int n) {
        float[] x = inputs(n, 31L * n);
        float[] g = inputs(n, 17L * n);
        for (MathKernel k : kernels()) {
            float[] out = new float[n];
            k.relu(x, out);
            float[] grad = new float[n];
            k.activationGrad(ActivationGradKernels.Kind.RELU, g, x, grad);
            float[] uniform = new float[n];
            k.activationGrad(ActivationGradKernels.Kind.RELU, new float[]{2.5f}, x, uniform);
            for (int i = 0; i < n; i++) {
                String at = k.getClass().getSimpleName() + " at [" + i + "], x=" + x[i];
                assertEquals(Math.max(x[i], 0f), out[i], 0f, "relu " + at);
                assertEquals(x[i] > 0f ? g[i] : 0f, grad[i], 0f, "relu gradient " + at);
                assertEquals(x[i] > 0f ? 2.5f : 0f, uniform[i], 0f, "relu gradient (uniform g) " + at);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 33, 257, 10000})
    void sigmoidAndTanhGradientsMatchTheirFormulas(int n) {
        Random r = new Random(n);
        float[] s = new float[n];
        float[] g = new float[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextFloat();
            g[i] = r.nextFloat() * 4 - 2;
        }
        for (MathKernel k : kernels()) {
            float[] sig = new float[n];
            float[] tanh = new float[n];
            k.activationGrad(ActivationGradKernels.Kind.SIGMOID, g, s, sig);
            k.activationGrad(ActivationGradKernels.Kind.TANH, g, s, tanh);
            for (int i = 0; i < n; i++) {
                String at = k.getClass().getSimpleName() + " at [" + i + "]";
                assertEquals((double) g[i] * s[i] * (1 - (double) s[i]), sig[i], 1e-6, "sigmoid gradient " + at);
                assertEquals((double) g[i] * (1 - (double) s[i] * s[i]), tanh[i], 1e-6, "tanh gradient " + at);
            }
        }
    }

    /**
     * Within 1e-6 of the double sum plus 1e-9·Σ|x| (the kernel's contract), with cancelling
     * values; and a million 0.1f, where a running f32 sum is off by ~1 % (checked, so the test can fail).
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 7, 33, 257, 10000, 1_000_003})
    void sumIsAccurateFromAnyOffset(int n) {
        float[] x = inputs(n + 5, 3L * n);
        if (n == 1_000_003) {
            java.util.Arrays.fill(x, 0.1f);
        }
        double expected = 0;
        double magnitude = 0;
        float running = 0;
        for (int i = 5; i < n + 5; i++) {
            expected += x[i];
            magnitude += Math.abs(x[i]);
            running += x[i];
        }
        double tolerance = 1e-6 * Math.abs(expected) + 1e-9 * magnitude;
        if (n == 1_000_003) {
            org.junit.jupiter.api.Assertions.assertTrue(Math.abs(running - expected) > 100 * tolerance,
                    "a running f32 sum must fail this check; it is off by " + Math.abs(running - expected));
        }
        for (MathKernel k : kernels()) {
            assertEquals(expected, k.sum(x, 5, n), tolerance, k.getClass().getSimpleName() + ", n=" + n);
        }
    }

    /** max/min equal Math.max/Math.min folded left to right, from any offset, NaN and ±0 included. */
    @ParameterizedTest
    @ValueSource(ints = {1, 7, 33, 257, 10000})
    void maxAndMinFollowMathMaxAndMin(int n) {
        float[] x = inputs(n + 3, 5L * n);
        float[][] cases = {x.clone(), x.clone(), x.clone()};
        cases[1][3 + n / 2] = Float.NaN;                 // a NaN anywhere makes the result NaN
        java.util.Arrays.fill(cases[2], 3, n + 3, -0f);  // only -0 in range ...
        cases[2][3 + (n - 1) / 3] = 0f;                  // ... and one +0: max is +0, min is -0
        for (MathKernel k : kernels()) {
            for (float[] c : cases) {
                float max = Float.NEGATIVE_INFINITY;
                float min = Float.POSITIVE_INFINITY;
                for (int i = 3; i < n + 3; i++) {
                    max = Math.max(max, c[i]);
                    min = Math.min(min, c[i]);
                }
                String name = k.getClass().getSimpleName() + ", n=" + n;
                assertEquals(Float.floatToIntBits(max), Float.floatToIntBits(k.max(c, 3, n)), name + " max");
                assertEquals(Float.floatToIntBits(min), Float.floatToIntBits(k.min(c, 3, n)), name + " min");
            }
        }
    }
}
