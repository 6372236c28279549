package io.tenflowers.autograd;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mean of no elements is NaN (0/0, as in PyTorch), not 0; its gradient is empty like its input. */
class EmptyMeanTest {

    private static void assertAllNaN(Tensor t) {
        for (float v : t.toFloatArray()) {
            assertTrue(Float.isNaN(v), t.toString());
        }
    }

    @Test
    void theMeanOfAllElementsOfAnEmptyTensorIsNaN() {
        for (int[] shape : new int[][]{{0}, {2, 0}, {0, 3}}) {
            Tensor mean = Tensor.zeros(shape).mean();
            assertArrayEquals(new int[0], mean.shape());
            assertTrue(Float.isNaN(mean.item()), mean.toString());
        }
        assertEquals(0f, Tensor.zeros(2, 0).sum().item(), "the sum of no elements stays 0");
    }

    @Test
    void theSumAlongAnEmptyAxisIsZeroForEachSlice() {
        assertArrayEquals(new float[]{0, 0, 0}, Tensor.zeros(0, 3).sum(0, false).toFloatArray());
        assertArrayEquals(new float[]{0, 0}, Tensor.zeros(2, 0).sum(1, false).toFloatArray());
        assertArrayEquals(new int[]{1, 3, 1}, Tensor.zeros(0, 3, 1).sum(0, true).shape());
    }

    @Test
    void aMeanAlongAnEmptyAxisIsNaNForEachSlice() {
        Tensor x = Tensor.zeros(2, 0);
        Tensor mean = x.mean(1, false);
        assertArrayEquals(new int[]{2}, mean.shape());
        assertEquals(2, mean.size());
        assertAllNaN(mean);
        Tensor kept = x.mean(-1, true);
        assertArrayEquals(new int[]{2, 1}, kept.shape());
        assertAllNaN(kept);
        Tensor columns = Tensor.zeros(0, 3).mean(0, false);
        assertArrayEquals(new int[]{3}, columns.shape());
        assertAllNaN(columns);
    }

    @Test
    void aMeanAlongANonEmptyAxisOfAnEmptyTensorIsEmpty() {
        Tensor mean = Tensor.zeros(2, 0).mean(0, false);
        assertArrayEquals(new int[]{0}, mean.shape());
        assertEquals(0, mean.size());
    }

    @Test
    void theGradientOfAnEmptyMeanIsAnEmptyTensor() {
        Tensor x = Tensor.zeros(0);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            Tensor mean = x.mean();
            assertTrue(Float.isNaN(mean.item()));
            Tensor g = tape.gradient(mean, x).get(0);
            assertArrayEquals(new int[]{0}, g.shape());
            assertEquals(0, g.size());
        }
        Tensor matrix = Tensor.zeros(2, 0);
        Tensor columns = Tensor.zeros(0, 3);
        try (GradientTape tape = new GradientTape(true)) {
            tape.watch(matrix, columns);
            Tensor rowMeans = matrix.mean(1, false);
            Tensor columnMeans = columns.mean(0, true);
            List<Tensor> g = tape.gradient(rowMeans, Tensor.ones(2), List.of(matrix));
            assertArrayEquals(new int[]{2, 0}, g.get(0).shape());
            Tensor gc = tape.gradient(columnMeans, Tensor.ones(1, 3), List.of(columns)).get(0);
            assertArrayEquals(new int[]{0, 3}, gc.shape());
            assertEquals(0, gc.size());
        }
    }
}
