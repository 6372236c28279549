package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;
import io.tenflowers.autograd.nn.Linear;

import java.util.List;
import java.util.Random;

/**
 * {@code [B,784]·[784,10] + b} with a mean softmax cross-entropy loss: the scalability workload.
 * A real loss matters: softmax followed by a sum has a zero gradient (the outputs sum to 1).
 * Gradients are (W [784,10], b [10]).
 */
public final class LinearClassifierWorkload {
    private final Linear layer;
    private final ClassifierBatch batch;

    public LinearClassifierWorkload(int batchSize, long seed) {
        Random random = new Random(seed);
        layer = new Linear(NetworkWorkload.INPUTS, NetworkWorkload.CLASSES, random);
        batch = ClassifierBatch.random(random, batchSize, NetworkWorkload.INPUTS, NetworkWorkload.CLASSES);
    }

    public Tensor weight() {
        return layer.weight();
    }

    public Tensor bias() {
        return layer.bias();
    }

    public ClassifierBatch batch() {
        return batch;
    }

    /** Forward, loss, gradients of W and b on a fresh tape. */
    public GradientResult trainingStep() {
        try (GradientTape tape = new GradientTape()) {
            Tensor loss = layer.forward(batch.inputs()).crossEntropy(batch.targets());
            TapeMemory.record(tape);
            List<Tensor> gradients = tape.gradient(loss, layer.parameters());
            return new GradientResult(loss, gradients);
        }
    }
}
