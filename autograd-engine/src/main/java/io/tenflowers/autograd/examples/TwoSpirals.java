package io.tenflowers.autograd.examples;

import io.tenflowers.autograd.Tensor;

import java.util.Random;

/**
 * The two-spirals classification set: two interleaved arms {@code r = t, θ = turns·2π·t + kπ}
 * (k = class), with Gaussian jitter. No straight line separates them, so a model without a
 * working hidden layer cannot fit them.
 */
public final class TwoSpirals {
    private final Tensor features;
    private final int[] labels;

    /**
     * @param pointsPerClass points on each arm
     * @param turns          how many times each arm winds around the origin
     * @param noise          standard deviation of the jitter
     * @param random         source of the jitter and the positions along the arms
     */
    public TwoSpirals(int pointsPerClass, double turns, double noise, Random random) {
        int n = 2 * pointsPerClass;
        float[] xy = new float[2 * n];
        labels = new int[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double t = 0.05 + 0.95 * random.nextDouble();
            double angle = turns * 2 * Math.PI * t + label * Math.PI;
            xy[2 * i] = (float) (t * Math.cos(angle) + noise * random.nextGaussian());
            xy[2 * i + 1] = (float) (t * Math.sin(angle) + noise * random.nextGaussian());
            labels[i] = label;
        }
        features = Tensor.of(xy, n, 2);
    }

    /** {@code [2·pointsPerClass, 2]} coordinates. */
    public Tensor features() {
        return features;
    }

    /** Class of each point, 0 or 1. */
    public int[] labels() {
        return labels.clone();
    }
}
