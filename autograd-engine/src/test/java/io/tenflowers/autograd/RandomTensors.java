package io.tenflowers.autograd;

import java.util.Arrays;
import java.util.Random;

/** Seeded random shapes and values for the gradient checks. */
final class RandomTensors {
    private final Random random;

    RandomTensors(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    int dim(int max) {
        return 1 + random.nextInt(max);
    }

    /** A shape of rank 0..maxRank with dimensions 1..maxDim. */
    int[] shape(int minRank, int maxRank, int maxDim) {
        int[] shape = new int[minRank + random.nextInt(maxRank - minRank + 1)];
        for (int d = 0; d < shape.length; d++) {
            shape[d] = dim(maxDim);
        }
        return shape;
    }

    /**
     * A shape that broadcasts with {@code full}: some leading dimensions dropped and some others set
     * to 1, so that both "missing" and "size-1" broadcasting are exercised.
     */
    int[] broadcastPartner(int[] full) {
        int drop = random.nextInt(full.length + 1);
        int[] partner = Arrays.copyOfRange(full, drop, full.length);
        for (int d = 0; d < partner.length; d++) {
            if (random.nextInt(3) == 0) {
                partner[d] = 1;
            }
        }
        return partner;
    }

    /** Values uniform in [-1, 1). */
    Tensor uniform(int... shape) {
        return Tensor.randomUniform(random, -1f, 1f, shape);
    }

    /** Values in [low, high). */
    Tensor uniform(float low, float high, int... shape) {
        return Tensor.randomUniform(random, low, high, shape);
    }

    /** Values with |x| in [0.2, 1], so that kinks at 0 (relu, abs) are far from any finite-difference step. */
    Tensor awayFromZero(int... shape) {
        return signed(0.2f, 1f, shape);
    }

    /** Values with |x| in [low, high) and a random sign. */
    Tensor signed(float low, float high, int... shape) {
        float[] v = Tensor.randomUniform(random, low, high, shape).toFloatArray();
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextBoolean() ? v[i] : -v[i];
        }
        return Tensor.of(v, shape);
    }

    /**
     * Distinct values at least 0.05 apart (a shuffled grid), so that max and min have no ties and
     * a finite-difference step of 0.01 never changes which element is extreme.
     */
    Tensor distinct(int... shape) {
        int n = io.tenflowers.autograd.kernels.Shapes.size(shape);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (i - n / 2f) * 0.05f;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            float tmp = v[i];
            v[i] = v[j];
            v[j] = tmp;
        }
        return Tensor.of(v, shape);
    }
}
