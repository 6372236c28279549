package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;

import java.util.List;

/**
 * Calls {@link GradientTape#gradient} with its sources as an explicit array. Written out with
 * varargs, {@code tape.gradient(y, x)} and {@code tape.gradient(y, g, a, b)} do not compile:
 * {@code gradient(Tensor, Tensor...)} and {@code gradient(Tensor, Tensor, Tensor...)} both apply
 * and javac calls the call ambiguous. With an array only one overload applies.
 */
final class TapeCalls {
    private TapeCalls() {
    }

    /** Gradients of the scalar {@code target} w.r.t. each source. */
    static List<Tensor> gradient(GradientTape tape, Tensor target, Tensor... sources) {
        return tape.gradient(target, sources);
    }

    /** The vector-Jacobian product: gradients of {@code Σ outputGradient ⊙ target} w.r.t. each source. */
    static List<Tensor> vectorJacobian(GradientTape tape, Tensor target, Tensor outputGradient, Tensor... sources) {
        return tape.gradient(target, outputGradient, sources);
    }
}
