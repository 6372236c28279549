package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.ElementwiseKernels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sums gradients across micro-batches, so that a large batch can be processed in pieces:
 * with equal micro-batches and a mean loss, the average of the micro-batch gradients equals the
 * full-batch gradient. Sums are kept in place (one buffer per gradient, no allocation per call).
 */
public final class GradientAccumulator {
    private final boolean average;
    private float[][] sums;
    private int[][] shapes;
    private int count;

    /** An accumulator whose {@link #gradients()} returns the sums. */
    public GradientAccumulator() {
        this(false);
    }

    /** @param averageOnRead whether {@link #gradients()} divides the sums by the number of accumulations */
    public GradientAccumulator(boolean averageOnRead) {
        this.average = averageOnRead;
    }

    /** Adds one micro-batch's gradients; the list must match earlier calls in length and shapes. */
    public void accumulate(List<Tensor> gradients) {
        if (gradients == null) {
            throw new IllegalArgumentException("GradientAccumulator.accumulate: gradients is null");
        }
        if (sums == null) {
            sums = new float[gradients.size()][];
            shapes = new int[gradients.size()][];
            for (int i = 0; i < gradients.size(); i++) {
                Tensor g = Axes.requireTensor("GradientAccumulator.accumulate", "gradient #" + i, gradients.get(i));
                sums[i] = g.data().clone();
                shapes[i] = g.shape.clone();
            }
            count = 1;
            return;
        }
        if (gradients.size() != sums.length) {
            throw new IllegalArgumentException("GradientAccumulator.accumulate: got " + gradients.size()
                    + " gradients but earlier calls gave " + sums.length + "; call reset() to start over");
        }
        for (int i = 0; i < sums.length; i++) {
            Tensor g = Axes.requireTensor("GradientAccumulator.accumulate", "gradient #" + i, gradients.get(i));
            if (!Arrays.equals(g.shape, shapes[i])) {
                throw new IllegalArgumentException("GradientAccumulator.accumulate: gradient #" + i + " has shape "
                        + Arrays.toString(g.shape) + " but earlier calls gave " + Arrays.toString(shapes[i]));
            }
        }
        for (int i = 0; i < sums.length; i++) {
            ElementwiseKernels.addInPlace(sums[i], gradients.get(i).data());
        }
        count++;
    }

    /** How many times {@link #accumulate} was called since the last reset. */
    public int count() {
        return count;
    }

    /** The accumulated gradients: sums, or averages if so constructed. Copies; the accumulator is unchanged. */
    public List<Tensor> gradients() {
        if (sums == null) {
            throw new IllegalStateException("GradientAccumulator.gradients: nothing accumulated yet; call accumulate() first");
        }
        List<Tensor> result = new ArrayList<>(sums.length);
        for (int i = 0; i < sums.length; i++) {
            float[] values = sums[i].clone();
            if (average) {
                float scale = 1f / count;
                for (int j = 0; j < values.length; j++) {
                    values[j] *= scale;
                }
            }
            result.add(Tensor.wrap(values, shapes[i].clone()));
        }
        return result;
    }

    /** Forgets everything accumulated. */
    public void reset() {
        sums = null;
        shapes = null;
        count = 0;
    }
}
