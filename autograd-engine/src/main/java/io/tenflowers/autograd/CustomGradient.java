package io.tenflowers.autograd;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Defines an op by its forward function and an explicit backward rule, like TensorFlow's
 * {@code tf.custom_gradient}: the forward's own ops are not recorded, only the op as a whole.
 * Useful for fused or numerically special functions, and for testing the gradient checker.
 */
public final class CustomGradient {
    private CustomGradient() {
    }

    /**
     * @param name     op name, used in error messages
     * @param forward  computes the output from the inputs (its internal ops are not recorded)
     * @param backward maps the output's gradient to one gradient per input, each in that input's
     *                 shape (or one that broadcasts with it); {@code null} for an op without a
     *                 gradient: it computes as usual, but a gradient that has to flow back through it
     *                 is an {@link IllegalStateException} naming it
     * @param inputs   the op's inputs
     */
    public static Tensor apply(String name, Function<Tensor[], Tensor> forward, BackwardRule backward, Tensor... inputs) {
        Tensor[] detached = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            Tensor input = Axes.requireTensor(name, "input #" + i, inputs[i]);
            detached[i] = Tensor.wrap(input.data(), input.shape);
        }
        Tensor result = forward.apply(detached);
        if (result == null) {
            throw new IllegalStateException(name + ": forward function returned null for inputs of shapes "
                    + Arrays.deepToString(Arrays.stream(inputs).map(t -> t.shape).toArray()));
        }
        Tensor out = Tensor.wrap(result.data(), result.shape);
        if (TapeStack.anyOpen()) {
            TapeStack.record(name, out, backward, inputs.clone());
        }
        return out;
    }
}
