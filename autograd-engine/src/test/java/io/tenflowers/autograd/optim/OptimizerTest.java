package io.tenflowers.autograd.optim;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptimizerTest {

    @Test
    void sgdWithMomentumFollowsItsFormula() {
        Tensor p = Tensor.variable(new float[]{1f, -2f}, 2);
        SGD sgd = new SGD(0.1f, 0.5f);
        Tensor g = Tensor.of(new float[]{1f, 2f}, 2);
        sgd.step(List.of(p), List.of(g));          // v = g;           p = p - 0.1 g
        assertArrayEquals(new float[]{0.9f, -2.2f}, p.toFloatArray(), 1e-6f);
        sgd.step(List.of(p), List.of(g));          // v = 0.5 g + g;   p -= 0.1 * 1.5 g
        assertArrayEquals(new float[]{0.75f, -2.5f}, p.toFloatArray(), 1e-6f);
    }

    @Test
    void adamFirstStepMovesEachParameterByTheLearningRate() {
        Tensor p = Tensor.variable(new float[]{1f, 1f, 1f}, 3);
        new Adam(0.01f).step(List.of(p), List.of(Tensor.of(new float[]{5f, -0.001f, 100f}, 3)));
        // Bias-corrected m̂/√v̂ = sign(g) on the first step.
        assertArrayEquals(new float[]{0.99f, 1.01f, 0.99f}, p.toFloatArray(), 1e-5f);
    }

    @Test
    void adamAndSgdMinimiseAQuadratic() {
        for (Optimizer optimizer : new Optimizer[]{new Adam(0.1f), new SGD(0.1f, 0.9f)}) {
            Tensor x = Tensor.variable(new float[]{3f, -4f}, 2);
            Tensor target = Tensor.of(new float[]{1f, 2f}, 2);
            for (int i = 0; i < 300; i++) {
                try (GradientTape tape = new GradientTape()) {
                    Tensor loss = x.sub(target).pow(2f).sum();
                    optimizer.step(List.of(x), tape.gradient(loss, x));
                }
            }
            assertArrayEquals(target.toFloatArray(), x.toFloatArray(), 1e-2f, optimizer.getClass().getSimpleName());
        }
    }

    @Test
    void rejectsNonVariablesAndMismatchedLists() {
        SGD sgd = new SGD(0.1f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sgd.step(List.of(Tensor.zeros(2)), List.of(Tensor.zeros(2))));
        assertTrue(e.getMessage().startsWith("SGD.step: parameter #0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> sgd.step(List.of(), List.of(Tensor.zeros(2))));
        assertEquals("SGD.step: need one gradient per parameter, got 0 parameters and 1 gradients", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SGD(-1f));
    }
}
