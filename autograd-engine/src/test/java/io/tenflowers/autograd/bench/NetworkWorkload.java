package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientAccumulator;
import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;
import io.tenflowers.autograd.nn.MLP;

import java.util.List;
import java.util.Random;

/**
 * The seed's neural network: an MLP 784→128→ReLU→10 with a mean softmax cross-entropy loss on a
 * random batch. Gradients are w.r.t. the parameters in {@link MLP#parameters()} order:
 * W1 [784,128], b1 [128], W2 [128,10], b2 [10].
 */
public final class NetworkWorkload {
    /** Input features. */
    public static final int INPUTS = 784;
    /** Hidden units. */
    public static final int HIDDEN = 128;
    /** Classes. */
    public static final int CLASSES = 10;

    private final MLP model;
    private final ClassifierBatch batch;

    public NetworkWorkload(int batchSize, long seed) {
        Random random = new Random(seed);
        model = new MLP(random, INPUTS, HIDDEN, CLASSES);
        batch = ClassifierBatch.random(random, batchSize, INPUTS, CLASSES);
    }

    public List<Tensor> parameters() {
        return model.parameters();
    }

    public ClassifierBatch batch() {
        return batch;
    }

    /** Forward, loss and the gradients of all weights and biases, on a fresh tape. */
    public GradientResult trainingStep() {
        return trainingStep(batch);
    }

    /** The loss without a tape: the forward half of {@link #trainingStep()}. */
    public Tensor forwardLoss() {
        return model.forward(batch.inputs()).crossEntropy(batch.targets());
    }

    /**
     * The full batch's gradient computed in {@code microBatches} equal pieces, one tape each,
     * averaged by a fresh {@link GradientAccumulator}: equal to {@link #trainingStep()}'s
     * gradient, because the loss is a mean.
     */
    public List<Tensor> accumulatedGradients(List<ClassifierBatch> microBatches) {
        GradientAccumulator accumulator = new GradientAccumulator(true);
        for (ClassifierBatch micro : microBatches) {
            accumulator.accumulate(trainingStep(micro).gradients());
        }
        return accumulator.gradients();
    }

    private GradientResult trainingStep(ClassifierBatch data) {
        try (GradientTape tape = new GradientTape()) {
            Tensor loss = model.forward(data.inputs()).crossEntropy(data.targets());
            TapeMemory.record(tape);
            return new GradientResult(loss, tape.gradient(loss, model.parameters()));
        }
    }
}
