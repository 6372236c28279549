package io.tenflowers.autograd.examples;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.MemoryScope;
import io.tenflowers.autograd.Tensor;
import io.tenflowers.autograd.nn.MLP;
import io.tenflowers.autograd.optim.Adam;

import java.util.List;
import java.util.Random;

/**
 * Trains a one-hidden-layer MLP on {@link TwoSpirals} and prints the loss falling.
 * Run: {@code java -cp autograd-engine/target/classes io.tenflowers.autograd.examples.TrainSpirals}.
 */
public final class TrainSpirals {
    private TrainSpirals() {
    }

    public static void main(String[] args) {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        Random random = new Random(42);
        TwoSpirals data = new TwoSpirals(200, 1.5, 0.02, random);
        MLP model = new MLP(random, 2, 64, 2);
        Adam optimizer = new Adam(0.02f);
        int[] labels = data.labels();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            // The scope hands this epoch's arrays (activations, gradients) to the next epoch when it
            // closes, instead of leaving them to the garbage collector.
            try (MemoryScope scope = MemoryScope.open()) {
                Tensor loss;
                List<Tensor> gradients;
                try (GradientTape tape = new GradientTape()) {
                    loss = model.forward(data.features()).crossEntropy(labels);
                    gradients = tape.gradient(loss, model.parameters());
                }
                optimizer.step(model.parameters(), gradients);
                if (epoch == 1 || epoch % (epochs / 10) == 0) {
                    System.out.printf("epoch %4d  loss %.4f  accuracy %.1f %%%n",
                            epoch, loss.item(), 100 * accuracy(model.forward(data.features()), labels));
                }
            }
        }
    }

    /** Fraction of rows whose largest logit is the label. */
    public static double accuracy(Tensor logits, int[] labels) {
        float[] v = logits.toFloatArray();
        int classes = logits.shape()[1];
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (v[i * classes + c] > v[i * classes + best]) {
                    best = c;
                }
            }
            correct += best == labels[i] ? 1 : 0;
        }
        return (double) correct / labels.length;
    }
}
