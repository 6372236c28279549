package io.tenflowers.autograd;

import io.tenflowers.autograd.examples.TrainSpirals;
import io.tenflowers.autograd.examples.TwoSpirals;
import io.tenflowers.autograd.nn.Conv2d;
import io.tenflowers.autograd.nn.Linear;
import io.tenflowers.autograd.nn.MLP;
import io.tenflowers.autograd.nn.Module;
import io.tenflowers.autograd.nn.Sequential;
import io.tenflowers.autograd.optim.Adam;
import io.tenflowers.autograd.optim.SGD;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: networks trained with the engine learn. */
class TrainingTest {

    /**
     * Two spirals are not linearly separable: a network whose hidden-layer gradient were broken
     * would stay near chance (a linear model reaches ~50-65 %).
     */
    @Test
    void mlpWithOneHiddenLayerLearnsTwoSpirals() {
        double accuracy = trainOnSpirals(new MLP(new Random(7), 2, 64, 2));
        assertTrue(accuracy >= 0.95, "training accuracy " + accuracy);
    }

    /** A linear model on the same data stays far below: the task really needs the hidden layer. */
    @Test
    void aLinearModelCannotFitTwoSpirals() {
        double accuracy = trainOnSpirals(new Linear(2, 2, new Random(7)));
        assertTrue(accuracy < 0.75, "linear accuracy " + accuracy);
    }

    /** 400 full-batch Adam steps on 400 fixed spiral points; returns the training accuracy. */
    private static double trainOnSpirals(Module model) {
        TwoSpirals data = new TwoSpirals(200, 1.5, 0.02, new Random(42));
        Adam optimizer = new Adam(0.02f);
        int[] labels = data.labels();
        for (int epoch = 0; epoch < 400; epoch++) {
            try (GradientTape tape = new GradientTape()) {
                Tensor loss = model.forward(data.features()).crossEntropy(labels);
                optimizer.step(model.parameters(), tape.gradient(loss, model.parameters()));
            }
        }
        return TrainSpirals.accuracy(model.forward(data.features()), labels);
    }

    /**
     * 8×8 images holding one bright bar, horizontal (class 0) or vertical (class 1), at a random
     * position, on noise: a convolution sees the orientation locally, then pooling and a linear
     * layer classify.
     */
    @Test
    void smallCnnDrivesItsLossDown() {
        Random random = new Random(3);
        int n = 64;
        float[] pixels = new float[n * 64];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            int at = 1 + random.nextInt(6);
            for (int p = 0; p < 64; p++) {
                pixels[i * 64 + p] = (float) (0.1 * random.nextGaussian());
            }
            for (int t = 1; t < 7; t++) {
                int y = labels[i] == 0 ? at : t;
                int x = labels[i] == 0 ? t : at;
                pixels[i * 64 + y * 8 + x] += 1f;
            }
        }
        Tensor images = Tensor.of(pixels, n, 1, 8, 8);
        Sequential model = new Sequential(
                new Conv2d(1, 4, 3, 1, 1, random),
                Tensor::relu,
                x -> x.maxPool2d(2, 2),
                x -> x.reshape(x.shape()[0], -1),
                new Linear(4 * 4 * 4, 2, random));
        SGD optimizer = new SGD(0.1f, 0.9f);
        float first = Float.NaN;
        float last = Float.NaN;
        for (int step = 0; step < 60; step++) {
            try (GradientTape tape = new GradientTape()) {
                Tensor loss = model.forward(images).crossEntropy(labels);
                List<Tensor> gradients = tape.gradient(loss, model.parameters());
                optimizer.step(model.parameters(), gradients);
                if (step == 0) {
                    first = loss.item();
                }
                last = loss.item();
            }
        }
        assertTrue(last < 0.25f * first, "loss went from " + first + " to " + last);
        assertTrue(TrainSpirals.accuracy(model.forward(images), labels) >= 0.95);
    }
}
