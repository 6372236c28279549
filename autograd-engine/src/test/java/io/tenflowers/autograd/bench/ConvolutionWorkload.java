package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;

import java.util.Random;

/**
 * The seed's convolution: a batch of 8 images 3×32×32, 16 filters 3×3, stride 1, padding 1
 * (output {@code [8,16,32,32]}). Forward and the vector-Jacobian product with a random output
 * gradient, w.r.t. (input, weight, bias).
 */
public final class ConvolutionWorkload {
    public static final int BATCH = 8;
    public static final int IN_CHANNELS = 3;
    public static final int OUT_CHANNELS = 16;
    public static final int SIDE = 32;
    public static final int KERNEL = 3;
    public static final int STRIDE = 1;
    public static final int PADDING = 1;

    private final Tensor input;
    private final Tensor weight;
    private final Tensor bias;
    private final Tensor outputGradient;

    public ConvolutionWorkload(long seed) {
        Random random = new Random(seed);
        input = Tensor.randomUniform(random, -1f, 1f, BATCH, IN_CHANNELS, SIDE, SIDE);
        weight = Tensor.randomUniform(random, -0.5f, 0.5f, OUT_CHANNELS, IN_CHANNELS, KERNEL, KERNEL);
        bias = Tensor.randomUniform(random, -0.5f, 0.5f, OUT_CHANNELS);
        outputGradient = Tensor.randomUniform(random, -1f, 1f, BATCH, OUT_CHANNELS, SIDE, SIDE);
    }

    public Tensor input() {
        return input;
    }

    public Tensor weight() {
        return weight;
    }

    public Tensor bias() {
        return bias;
    }

    public Tensor outputGradient() {
        return outputGradient;
    }

    public GradientResult convolve() {
        try (GradientTape tape = new GradientTape()) {
            tape.watch(input, weight, bias);
            Tensor y = input.conv2d(weight, bias, STRIDE, PADDING);
            TapeMemory.record(tape);
            return new GradientResult(y, TapeCalls.vectorJacobian(tape, y, outputGradient, input, weight, bias));
        }
    }
}
