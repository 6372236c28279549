package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.Tensor;

import java.util.List;

/**
 * What a benchmark body computed: the forward value and the gradients with respect to its
 * sources, in the order the body documents. Returned from the body, so JMH consumes it (no dead
 * code elimination) and tests can check it against an independent computation.
 *
 * @param value     the forward result (the op's output, or the loss)
 * @param gradients one gradient per source, each in its source's shape
 */
public record GradientResult(Tensor value, List<Tensor> gradients) {
    /** The gradient of source {@code index}. */
    public Tensor gradient(int index) {
        return gradients.get(index);
    }
}
