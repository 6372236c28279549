package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;

import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A {@code [size]} input and output gradient for the activations: forward and the
 * vector-Jacobian product w.r.t. the input on a fresh tape. The output gradient is random, not
 * ones: softmax followed by a sum (a ones seed) has a zero gradient, which would time nothing.
 */
public final class ActivationWorkload {
    private final Tensor x;
    private final Tensor outputGradient;

    /** Input ∈ U[-3, 3) (both sides of relu's kink, sigmoid's and tanh's curved range). */
    public ActivationWorkload(int size, long seed) {
        Random random = new Random(seed);
        x = Tensor.randomUniform(random, -3f, 3f, size);
        outputGradient = Tensor.randomUniform(random, -1f, 1f, size);
    }

    public Tensor x() {
        return x;
    }

    public Tensor outputGradient() {
        return outputGradient;
    }

    public GradientResult relu() {
        return vectorJacobian(Tensor::relu);
    }

    public GradientResult sigmoid() {
        return vectorJacobian(Tensor::sigmoid);
    }

    public GradientResult tanh() {
        return vectorJacobian(Tensor::tanh);
    }

    /** Softmax over the whole vector (axis 0). */
    public GradientResult softmax() {
        return vectorJacobian(t -> t.softmax(0));
    }

    private GradientResult vectorJacobian(UnaryOperator<Tensor> activation) {
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            Tensor y = activation.apply(x);
            TapeMemory.record(tape);
            return new GradientResult(y, TapeCalls.vectorJacobian(tape, y, outputGradient, x));
        }
    }
}
