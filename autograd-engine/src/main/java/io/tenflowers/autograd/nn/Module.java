package io.tenflowers.autograd.nn;

import io.tenflowers.autograd.Tensor;

import java.util.List;

/**
 * A differentiable function with trainable parameters. Parameter-free layers can be lambdas:
 * {@code Tensor::relu}, {@code x -> x.maxPool2d(2, 2)}.
 */
@FunctionalInterface
public interface Module {
    /** Applies the module. */
    Tensor forward(Tensor input);

    /** The trainable variables, in a stable order (the order gradients are returned in). */
    default List<Tensor> parameters() {
        return List.of();
    }
}
