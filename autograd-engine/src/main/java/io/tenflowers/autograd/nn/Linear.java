package io.tenflowers.autograd.nn;

import io.tenflowers.autograd.Tensor;

import java.util.List;
import java.util.Random;

/**
 * Fully connected layer {@code y = x·W + b}: input {@code [batch, in]}, weight {@code [in, out]}
 * (stored input-major so that the forward needs no transpose), bias {@code [out]}, output
 * {@code [batch, out]}. Initialised from U(-1/√in, 1/√in), PyTorch's default bound.
 */
public final class Linear implements Module {
    private final Tensor weight;
    private final Tensor bias;

    public Linear(int inFeatures, int outFeatures, Random random) {
        if (inFeatures < 1 || outFeatures < 1) {
            throw new IllegalArgumentException("Linear: features must be >= 1, got in=" + inFeatures + ", out=" + outFeatures);
        }
        float bound = (float) (1.0 / Math.sqrt(inFeatures));
        this.weight = Tensor.variable(Tensor.randomUniform(random, -bound, bound, inFeatures, outFeatures));
        this.bias = Tensor.variable(Tensor.randomUniform(random, -bound, bound, outFeatures));
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.matmul(weight).add(bias);
    }

    @Override
    public List<Tensor> parameters() {
        return List.of(weight, bias);
    }

    public Tensor weight() {
        return weight;
    }

    public Tensor bias() {
        return bias;
    }
}
