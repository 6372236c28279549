package io.tenflowers.autograd.nn;

import io.tenflowers.autograd.Tensor;

import java.util.List;
import java.util.Random;

/**
 * 2-D convolution layer on NCHW input: weight {@code [out, in, k, k]}, bias {@code [out]},
 * see {@link Tensor#conv2d}. Initialised from U(-1/√(in·k²), 1/√(in·k²)).
 */
public final class Conv2d implements Module {
    private final Tensor weight;
    private final Tensor bias;
    private final int stride;
    private final int padding;

    public Conv2d(int inChannels, int outChannels, int kernel, int stride, int padding, Random random) {
        if (inChannels < 1 || outChannels < 1 || kernel < 1 || stride < 1 || padding < 0) {
            throw new IllegalArgumentException("Conv2d: need in, out, kernel, stride >= 1 and padding >= 0, got in="
                    + inChannels + ", out=" + outChannels + ", kernel=" + kernel + ", stride=" + stride + ", padding=" + padding);
        }
        float bound = (float) (1.0 / Math.sqrt(inChannels * kernel * kernel));
        this.weight = Tensor.variable(Tensor.randomUniform(random, -bound, bound, outChannels, inChannels, kernel, kernel));
        this.bias = Tensor.variable(Tensor.randomUniform(random, -bound, bound, outChannels));
        this.stride = stride;
        this.padding = padding;
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.conv2d(weight, bias, stride, padding);
    }

    @Override
    public List<Tensor> parameters() {
        return List.of(weight, bias);
    }
}
