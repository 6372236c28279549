package io.tenflowers.autograd.nn;

import io.tenflowers.autograd.Tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Multi-layer perceptron: {@link Linear} layers of the given widths with ReLU between them and
 * none after the last (it outputs logits). {@code new MLP(rng, 784, 128, 10)}: 784→128→ReLU→10.
 */
public final class MLP implements Module {
    private final Sequential layers;

    public MLP(Random random, int... sizes) {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("MLP: needs at least an input and an output size, got "
                    + java.util.Arrays.toString(sizes));
        }
        List<Module> modules = new ArrayList<>();
        for (int i = 0; i + 1 < sizes.length; i++) {
            modules.add(new Linear(sizes[i], sizes[i + 1], random));
            if (i + 2 < sizes.length) {
                modules.add(Tensor::relu);
            }
        }
        this.layers = new Sequential(modules.toArray(new Module[0]));
    }

    @Override
    public Tensor forward(Tensor input) {
        return layers.forward(input);
    }

    @Override
    public List<Tensor> parameters() {
        return layers.parameters();
    }
}
