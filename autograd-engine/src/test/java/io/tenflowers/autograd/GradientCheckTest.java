package io.tenflowers.autograd;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker itself must be able to fail: fed a wrong backward rule, it reports the op and the worst element. */
class GradientCheckTest {

    /** x² with a backward rule that is right everywhere except at flat element 4, where it is 1.5× too large. */
    private static Tensor squareWithOneWrongElement(Tensor x) {
        return CustomGradient.apply("wrong_square", in -> in[0].mul(in[0]), (g, needs) -> {
            float[] scale = new float[x.size()];
            java.util.Arrays.fill(scale, 2f);
            scale[4] = 3f;
            return new Tensor[]{g.mul(x).mul(Tensor.of(scale, x.shape()))};
        }, x);
    }

    @Test
    void reportsTheOpAndTheWorstElementOfAWrongRule() {
        Tensor x = Tensor.of(new float[]{0.5f, -0.7f, 0.9f, 0.3f, 0.8f, -0.6f}, 2, 3);
        AssertionError error = assertThrows(AssertionError.class,
                () -> GradientCheck.check("wrong_square", in -> squareWithOneWrongElement(in[0]), new Random(1), x));
        String message = error.getMessage();
        assertTrue(message.contains("op 'wrong_square'"), message);
        assertTrue(message.contains("element [1, 1] (flat 4)"), message);
        assertTrue(message.contains("input #0 [2, 3]"), message);
    }

    @Test
    void catchesAMissingFactorOfTwoAndASwappedInput() {
        Tensor a = Tensor.of(new float[]{0.5f, -0.7f, 0.9f}, 3);
        Tensor b = Tensor.of(new float[]{0.2f, 0.4f, -0.8f}, 3);
        assertThrows(AssertionError.class, () -> GradientCheck.check("half_square",
                in -> CustomGradient.apply("half_square", t -> t[0].mul(t[0]), (g, n) -> new Tensor[]{g.mul(in[0])}, in[0]),
                new Random(2), a));
        AssertionError swapped = assertThrows(AssertionError.class, () -> GradientCheck.check("swapped_mul",
                in -> CustomGradient.apply("swapped_mul", t -> t[0].mul(t[1]),
                        (g, n) -> new Tensor[]{g.mul(in[0]), g.mul(in[1])}, in[0], in[1]),
                new Random(3), a, b));
        assertTrue(swapped.getMessage().contains("swapped_mul"), swapped.getMessage());
    }

    @Test
    void acceptsACorrectCustomRule() {
        Tensor x = Tensor.of(new float[]{0.5f, -0.7f, 0.9f, 0.3f}, 4);
        GradientCheck.Report report = GradientCheck.check("square", in -> CustomGradient.apply("square",
                t -> t[0].mul(t[0]), (g, n) -> new Tensor[]{g.mul(in[0]).mul(2f)}, in[0]), new Random(4), x);
        assertTrue(report.worstRatio() < 0.1, "worst error/tolerance " + report.worstRatio());
    }
}
