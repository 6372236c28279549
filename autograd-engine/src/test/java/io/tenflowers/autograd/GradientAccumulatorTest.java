package io.tenflowers.autograd;

import io.tenflowers.autograd.nn.MLP;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientAccumulatorTest {

    private static List<Tensor> gradients(MLP model, Tensor x, int[] labels) {
        try (GradientTape tape = new GradientTape()) {
            return tape.gradient(model.forward(x).crossEntropy(labels), model.parameters());
        }
    }

    /** With equal micro-batches and a mean loss, the averaged micro-batch gradients are the full-batch gradient. */
    @Test
    void averagedMicroBatchesEqualTheFullBatchGradient() {
        Random random = new Random(9);
        MLP model = new MLP(random, 6, 5, 3);
        Tensor x = Tensor.randomNormal(random, 1f, 8, 6);
        int[] labels = {0, 1, 2, 0, 1, 2, 2, 1};
        List<Tensor> full = gradients(model, x, labels);
        GradientAccumulator accumulator = new GradientAccumulator(true);
        float[] all = x.toFloatArray();
        for (int micro = 0; micro < 4; micro++) {
            Tensor part = Tensor.of(java.util.Arrays.copyOfRange(all, micro * 12, micro * 12 + 12), 2, 6);
            accumulator.accumulate(gradients(model, part, java.util.Arrays.copyOfRange(labels, micro * 2, micro * 2 + 2)));
        }
        assertEquals(4, accumulator.count());
        List<Tensor> averaged = accumulator.gradients();
        for (int i = 0; i < full.size(); i++) {
            assertArrayEquals(full.get(i).toFloatArray(), averaged.get(i).toFloatArray(), 1e-6f);
        }
    }

    @Test
    void sumsResetsAndRejectsMismatches() {
        GradientAccumulator accumulator = new GradientAccumulator();
        accumulator.accumulate(List.of(Tensor.of(new float[]{1, 2}, 2)));
        accumulator.accumulate(List.of(Tensor.of(new float[]{10, 20}, 2)));
        assertArrayEquals(new float[]{11, 22}, accumulator.gradients().get(0).toFloatArray());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> accumulator.accumulate(List.of(Tensor.zeros(3))));
        assertEquals("GradientAccumulator.accumulate: gradient #0 has shape [3] but earlier calls gave [2]", e.getMessage());
        accumulator.reset();
        assertEquals(0, accumulator.count());
        assertThrows(IllegalStateException.class, accumulator::gradients);
        accumulator.accumulate(new ArrayList<>(List.of(Tensor.zeros(3))));
        assertTrue(accumulator.gradients().get(0).size() == 3);
    }

    /** What is returned is a copy: later accumulation does not change it. */
    @Test
    void readingReturnsACopy() {
        GradientAccumulator accumulator = new GradientAccumulator();
        accumulator.accumulate(List.of(Tensor.of(new float[]{1}, 1)));
        Tensor before = accumulator.gradients().get(0);
        accumulator.accumulate(List.of(Tensor.of(new float[]{1}, 1)));
        assertEquals(1f, before.item());
        assertEquals(2f, accumulator.gradients().get(0).item());
    }
}
