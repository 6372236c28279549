package io.tenflowers.autograd;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Checks an op's analytic gradient against central finite differences of the engine's own f32
 * forward function.
 *
 * <p>For a function {@code y = f(x_1..x_n)} and a random fixed weighting {@code r} of y's shape,
 * it compares the vector-Jacobian product the tape computes ({@code gradient(y, r, x_i)}) with
 * {@code (L(x + ε·e_j) - L(x - ε·e_j)) / 2ε} for every element j of every input, where
 * {@code L = Σ r ⊙ f(x)} is summed in double so that only f's own f32 rounding adds noise.
 * Weighting with random r (not all ones) makes every output element count, so a rule that
 * mixes up output positions cannot pass.
 *
 * <p>An element passes when {@code |analytic - numeric| <= atol + rtol·|numeric|}. On failure the
 * error names the op, the input and the worst element (the largest ratio of error to tolerance).
 */
final class GradientCheck {

    /**
     * Step and tolerances. Why these defaults: f is evaluated in f32, so each L carries a rounding
     * error of about 1e-7·Σ|r·y|; divided by 2ε = 2e-2 that is ~1e-5 relative noise for O(1)
     * values. Truncation error of the central difference is ε²/6·f''' ≈ 2e-5 for smooth ops of
     * O(1) curvature. atol 1e-3 and rtol 1e-2 sit two orders above both, yet far below the O(1)
     * error of a wrong rule (a missing factor, a wrong sign, a swapped input).
     */
    record Tolerance(double epsilon, double absolute, double relative) {
        static final Tolerance SMOOTH = new Tolerance(1e-2, 1e-3, 1e-2);

        /** For steep ops (exp, pow with large values, log near small inputs): more relative slack. */
        static final Tolerance STEEP = new Tolerance(5e-3, 2e-3, 3e-2);

        /**
         * For second-order checks: the function differentiated is itself a backward pass, whose
         * f32 rounding error is a few times larger.
         */
        static final Tolerance SECOND_ORDER = new Tolerance(1e-2, 5e-3, 3e-2);
    }

    /** The largest error found, relative to the tolerance (≤ 1 means pass). */
    record Report(String op, double worstRatio, int worstInput, int worstElement, double analytic, double numeric) {
    }

    private GradientCheck() {
    }

    static Report check(String op, Function<Tensor[], Tensor> f, Random random, Tensor... inputs) {
        return check(op, f, Tolerance.SMOOTH, random, inputs);
    }

    static Report check(String op, Function<Tensor[], Tensor> f, Tolerance tolerance, Random random, Tensor... inputs) {
        Tensor[] x = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            x[i] = Tensor.of(inputs[i].toFloatArray(), inputs[i].shape());
        }
        List<Tensor> analytic;
        float[] weights;
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            Tensor y = f.apply(x);
            weights = new float[y.size()];
            for (int j = 0; j < weights.length; j++) {
                weights[j] = (float) (random.nextDouble() * 2 - 1);
            }
            analytic = tape.gradient(y, Tensor.of(weights, y.shape()), x);
        }
        Report worst = new Report(op, 0, -1, -1, 0, 0);
        for (int i = 0; i < x.length; i++) {
            float[] values = x[i].toFloatArray();
            float[] grad = analytic.get(i).toFloatArray();
            if (!Arrays.equals(analytic.get(i).shape(), x[i].shape())) {
                throw new AssertionError("gradient check of op '" + op + "': gradient of input #" + i + " has shape "
                        + Arrays.toString(analytic.get(i).shape()) + ", input has " + Arrays.toString(x[i].shape()));
            }
            for (int j = 0; j < values.length; j++) {
                double numeric = numericDerivative(f, x, i, values, j, weights, tolerance.epsilon());
                double error = Math.abs(grad[j] - numeric);
                double ratio = error / (tolerance.absolute() + tolerance.relative() * Math.abs(numeric));
                if (!(ratio <= worst.worstRatio())) {
                    worst = new Report(op, ratio, i, j, grad[j], numeric);
                }
            }
        }
        if (!(worst.worstRatio() <= 1.0)) {
            int[] shape = x[worst.worstInput()].shape();
            throw new AssertionError(String.format(
                    "gradient check failed for op '%s': input #%d %s, element %s (flat %d): analytic %.6g, numeric %.6g, "
                            + "|diff| %.3g exceeds tolerance %.3g (atol %.1g + rtol %.1g * |numeric|)",
                    op, worst.worstInput(), Arrays.toString(shape), Arrays.toString(unravel(worst.worstElement(), shape)),
                    worst.worstElement(), worst.analytic(), worst.numeric(), Math.abs(worst.analytic() - worst.numeric()),
                    tolerance.absolute() + tolerance.relative() * Math.abs(worst.numeric()),
                    tolerance.absolute(), tolerance.relative()));
        }
        return worst;
    }

    private static double numericDerivative(Function<Tensor[], Tensor> f, Tensor[] x, int input, float[] values,
                                            int element, float[] weights, double epsilon) {
        float original = values[element];
        // The step actually taken in f32, so that the quotient divides by the true difference.
        float plus = (float) (original + epsilon);
        float minus = (float) (original - epsilon);
        double lPlus = weightedSum(f, x, input, values, element, plus, weights);
        double lMinus = weightedSum(f, x, input, values, element, minus, weights);
        values[element] = original;
        return (lPlus - lMinus) / ((double) plus - (double) minus);
    }

    private static double weightedSum(Function<Tensor[], Tensor> f, Tensor[] x, int input, float[] values,
                                      int element, float value, float[] weights) {
        values[element] = value;
        Tensor[] shifted = x.clone();
        shifted[input] = Tensor.of(values, x[input].shape());
        float[] y = f.apply(shifted).toFloatArray();
        double sum = 0;
        for (int k = 0; k < y.length; k++) {
            sum += (double) weights[k] * y[k];
        }
        return sum;
    }

    static int[] unravel(int flat, int[] shape) {
        int[] index = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            index[d] = flat % shape[d];
            flat /= shape[d];
        }
        return index;
    }

    /**
     * The function {@code x ↦ Σ_i ⟨∂(Σ r⊙f)/∂x_i, v_i⟩} for fixed random r and v: checking its
     * gradient checks the second derivatives of f (it is a Hessian-vector product).
     */
    static Function<Tensor[], Tensor> directionalGradient(Function<Tensor[], Tensor> f, Tensor[] like, Random random) {
        Tensor[] directions = new Tensor[like.length];
        for (int i = 0; i < like.length; i++) {
            directions[i] = Tensor.randomUniform(random, -1f, 1f, like[i].shape());
        }
        long seed = random.nextLong();
        return x -> {
            try (GradientTape inner = new GradientTape()) {
                inner.watch(x);
                Tensor y = f.apply(x);
                Tensor r = Tensor.randomUniform(new Random(seed), -1f, 1f, y.shape());
                List<Tensor> g = inner.gradient(y, r, x);
                Tensor total = Tensor.scalar(0f);
                for (int i = 0; i < x.length; i++) {
                    total = total.add(g.get(i).mul(directions[i]).sum());
                }
                return total;
            }
        };
    }
}
