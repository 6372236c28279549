package io.tenflowers.autograd;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Tied maxima and minima share the gradient equally (g/k each for k ties). */
class TiesTest {

    private static float[] gradientOf(java.util.function.Function<Tensor, Tensor> f, Tensor x) {
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            return tape.gradient(f.apply(x), x).get(0).toFloatArray();
        }
    }

    @Test
    void maxOfAllSplitsBetweenTwoAndThreeTies() {
        Tensor two = Tensor.of(new float[]{1, 3, 3, 2}, 4);
        assertArrayEquals(new float[]{0, 0.5f, 0.5f, 0}, gradientOf(Tensor::max, two), 1e-7f);
        Tensor three = Tensor.of(new float[]{5, 1, 5, 5, 2, 0}, 2, 3);
        float third = 1f / 3;
        assertArrayEquals(new float[]{third, 0, third, third, 0, 0}, gradientOf(Tensor::max, three), 1e-7f);
    }

    @Test
    void minOfAllSplitsBetweenTies() {
        Tensor x = Tensor.of(new float[]{-2, 4, -2, 7}, 2, 2);
        assertArrayEquals(new float[]{0.5f, 0, 0.5f, 0}, gradientOf(Tensor::min, x), 1e-7f);
    }

    @Test
    void perAxisTiesSplitWithinTheirSliceOnly() {
        Tensor x = Tensor.of(new float[]{
                1, 4, 4,
                9, 2, 3,
                6, 6, 6}, 3, 3);
        float third = 1f / 3;
        assertArrayEquals(new float[]{0, 0.5f, 0.5f, 1, 0, 0, third, third, third},
                gradientOf(t -> t.max(-1, false).sum(), x), 1e-7f);
        // Along axis 0: column 0 max 9 (one), column 1 max 6 (one), column 2 max 6 (one); min: column 0 -> 1, ...
        assertArrayEquals(new float[]{1, 0, 0, 0, 1, 1, 0, 0, 0},
                gradientOf(t -> t.min(0, true).sum(), x), 1e-7f);
    }

    /** A central difference at a two-way tie moves the max by ε on one side and 0 on the other: it sees 1/2 too. */
    @Test
    void twoWayTieAgreesWithTheCentralDifference() {
        Tensor x = Tensor.of(new float[]{0.3f, 0.8f, 0.8f, -0.1f, 0.6f, 0.6f}, 2, 3);
        GradientCheck.check("max axis 1 with ties", in -> in[0].max(1, false), new Random(5), x);
        GradientCheck.check("max with ties", in -> in[0].max(), new Random(6), x);
    }

    /** Max pooling is not a reduction of the API's tie rule: the first maximum of a window takes the gradient. */
    @Test
    void maxPoolGivesTheGradientToTheFirstMaximum() {
        Tensor x = Tensor.of(new float[]{2, 2, 2, 1}, 1, 1, 2, 2);
        assertArrayEquals(new float[]{1, 0, 0, 0}, gradientOf(t -> t.maxPool2d(2, 2).sum(), x), 0f);
    }
}
