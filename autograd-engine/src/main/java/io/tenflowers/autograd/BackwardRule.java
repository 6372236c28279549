package io.tenflowers.autograd;

/**
 * The backward half of an op: maps the gradient of the op's output to the gradients of its inputs.
 *
 * <p>Rules are written with differentiable {@link Tensor} ops, so when a gradient is computed
 * while an outer {@link GradientTape} records, the outer tape sees the backward computation and
 * can differentiate it again (higher-order gradients). A rule may return a gradient in the output's
 * broadcast shape: the tape sums it back to the input's shape in one place.
 */
@FunctionalInterface
public interface BackwardRule {
    /**
     * @param gradient      gradient of the target with respect to the op's output (output's shape)
     * @param needsGradient per input, whether its gradient is wanted; a rule may return {@code null}
     *                      for an input that needs none, and should skip that work
     * @return one gradient per input, in input order
     */
    Tensor[] backward(Tensor gradient, boolean[] needsGradient);
}
