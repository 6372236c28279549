package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;

import java.util.Random;
import java.util.function.BinaryOperator;

/**
 * Two {@code [size]} operands and an output gradient for the binary element-wise ops. Each body
 * is one op's forward and its backward w.r.t. both operands on a fresh tape: the gradient is the
 * vector-Jacobian product with a fixed random output gradient, so that no reduction op is timed
 * along with the op, and every gradient element is informative (a ones seed would make add's
 * gradient trivially ones). Gradients are in the order (a, b).
 */
public final class BinaryOpWorkload {
    private final Tensor a;
    private final Tensor b;
    private final Tensor outputGradient;

    /** Operands a ∈ U[-1, 1), b ∈ U[0.5, 2) (away from 0: div's denominator), output gradient ∈ U[-1, 1). */
    public BinaryOpWorkload(int size, long seed) {
        Random random = new Random(seed);
        a = Tensor.randomUniform(random, -1f, 1f, size);
        b = Tensor.randomUniform(random, 0.5f, 2f, size);
        outputGradient = Tensor.randomUniform(random, -1f, 1f, size);
    }

    public Tensor a() {
        return a;
    }

    public Tensor b() {
        return b;
    }

    public Tensor outputGradient() {
        return outputGradient;
    }

    /** {@code a + b}, gradients (g, g). */
    public GradientResult add() {
        return vectorJacobian(Tensor::add);
    }

    /** {@code a - b}, gradients (g, -g). */
    public GradientResult sub() {
        return vectorJacobian(Tensor::sub);
    }

    /** {@code a ⊙ b}, gradients (g·b, g·a). */
    public GradientResult mul() {
        return vectorJacobian(Tensor::mul);
    }

    /** {@code a / b}, gradients (g/b, -g·a/b²). */
    public GradientResult div() {
        return vectorJacobian(Tensor::div);
    }

    private GradientResult vectorJacobian(BinaryOperator<Tensor> op) {
        try (GradientTape tape = new GradientTape()) {
            tape.watch(a, b);
            Tensor y = op.apply(a, b);
            TapeMemory.record(tape);
            return new GradientResult(y, TapeCalls.vectorJacobian(tape, y, outputGradient, a, b));
        }
    }
}
