package io.tenflowers.autograd;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tape's semantics: what it records, when it may be asked, and what it retains. */
class GradientTapeTest {

    @Test
    void designExample() {
        Tensor a = Tensor.of(new float[]{1, 2, 3, 4, 5, 6}, 2, 3);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(a);
            Tensor y = a.mul(a).sum();
            List<Tensor> g = tape.gradient(y, a);
            assertArrayEquals(new int[]{2, 3}, g.get(0).shape());
            assertArrayEquals(new float[]{2, 4, 6, 8, 10, 12}, g.get(0).toFloatArray());
        }
    }

    @Test
    void gradientMayBeTakenAfterClose() {
        Tensor x = Tensor.of(new float[]{1, 2}, 2);
        GradientTape tape = new GradientTape();
        Tensor y;
        try (tape) {
            tape.watch(x);
            y = x.exp().sum();
        }
        assertArrayEquals(x.exp().toFloatArray(), tape.gradient(y, x).get(0).toFloatArray(), 1e-6f);
    }

    @Test
    void opsAfterCloseAreNotRecorded() {
        Tensor x = Tensor.of(new float[]{1, 2}, 2);
        GradientTape tape = new GradientTape(true);
        tape.watch(x);
        Tensor y = x.mul(x);
        tape.close();
        Tensor z = y.sum();
        assertEquals(1, tape.recordedOps());
        assertArrayEquals(new float[]{0, 0}, tape.gradient(z, x).get(0).toFloatArray());
    }

    @Test
    void persistentTapeAnswersRepeatedly() {
        Tensor x = Tensor.of(new float[]{3}, 1);
        try (GradientTape tape = new GradientTape(true)) {
            tape.watch(x);
            Tensor y = x.mul(x).sum();
            Tensor z = x.mul(x).mul(x).sum();
            assertArrayEquals(new float[]{6}, tape.gradient(y, x).get(0).toFloatArray());
            assertArrayEquals(new float[]{27}, tape.gradient(z, x).get(0).toFloatArray());
            assertArrayEquals(new float[]{6}, tape.gradient(y, x).get(0).toFloatArray());
        }
    }

    @Test
    void unconnectedWatchedSourceGetsZerosAndRepeatedSourcesGetTheSameGradient() {
        Tensor x = Tensor.of(new float[]{1, 2}, 2);
        Tensor unused = Tensor.of(new float[]{5, 6, 7}, 3);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x, unused);
            List<Tensor> g = tape.gradient(x.mul(3f).sum(), x, unused, x);
            assertArrayEquals(new float[]{3, 3}, g.get(0).toFloatArray());
            assertArrayEquals(new float[]{0, 0, 0}, g.get(1).toFloatArray());
            assertArrayEquals(new float[]{3, 3}, g.get(2).toFloatArray());
        }
    }

    @Test
    void variablesAreWatchedAutomatically() {
        Tensor w = Tensor.variable(new float[]{2, -1}, 2);
        try (GradientTape tape = new GradientTape()) {
            Tensor y = w.mul(w).sum();
            assertArrayEquals(new float[]{4, -2}, tape.gradient(y, w).get(0).toFloatArray());
        }
    }

    @Test
    void outputGradientGivesTheVectorJacobianProduct() {
        Tensor x = Tensor.of(new float[]{1, 2, 3}, 3);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            Tensor y = x.mul(x);
            Tensor dy = Tensor.of(new float[]{1, 10, 100}, 3);
            assertArrayEquals(new float[]{2, 40, 600}, tape.gradient(y, dy, List.of(x)).get(0).toFloatArray());
        }
    }

    @Test
    void gradientsOfABranchingGraphAreSummed() {
        Tensor x = Tensor.of(new float[]{2}, 1);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            Tensor y = x.mul(x).add(x.exp()).add(x).sum();
            assertEquals(2 * 2 + (float) Math.exp(2) + 1, tape.gradient(y, x).get(0).item(), 1e-5f);
        }
    }

    @Test
    void onlyOpsOnWatchedTensorsAreRecorded() {
        Tensor watched = Tensor.of(new float[]{1, 2}, 2);
        Tensor other = Tensor.of(new float[]{3, 4}, 2);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(watched);
            other.mul(other).exp();          // no watched input: nothing recorded
            watched.add(other).relu();       // two ops on the watched path
            assertEquals(2, tape.recordedOps());
        }
    }

    @Test
    void nestedTapesRecordIndependently() {
        Tensor x = Tensor.of(new float[]{1, 2}, 2);
        Tensor y = Tensor.of(new float[]{3, 4}, 2);
        try (GradientTape outer = new GradientTape()) {
            outer.watch(x);
            try (GradientTape inner = new GradientTape()) {
                inner.watch(y);
                Tensor z = x.mul(y).sum();
                assertEquals(2, inner.recordedOps());
                assertArrayEquals(new float[]{1, 2}, inner.gradient(z, y).get(0).toFloatArray());
                assertArrayEquals(new float[]{3, 4}, outer.gradient(z, x).get(0).toFloatArray());
            }
        }
    }

    @Test
    void retainedBytesCountEachArrayOnceAndAreReleasedAfterASingleUse() {
        Tensor x = Tensor.of(new float[1000], 1000);
        GradientTape tape = new GradientTape();
        try (tape) {
            tape.watch(x);
            assertEquals(0, tape.retainedBytes());
            Tensor y = x.mul(x);      // holds x and y: 8000 bytes
            assertEquals(8000, tape.retainedBytes());
            Tensor z = y.add(x);      // adds z only (x and y already held)
            assertEquals(12000, tape.retainedBytes());
            Tensor s = z.sum();       // adds a 4-byte scalar
            assertEquals(12004, tape.retainedBytes());
            tape.gradient(s, x);
            assertEquals(0, tape.retainedBytes());
        }
    }

    @Test
    void retainedBytesIncludeSavedIndices() {
        Tensor x = Tensor.zeros(1, 1, 4, 4);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            x.maxPool2d(2, 2);        // x (64 B) + output (16 B) + argmax indices (16 B)
            assertEquals(96, tape.retainedBytes());
        }
    }

    @Test
    void aTapeIsUsableOnlyFromItsThread() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (GradientTape tape = new GradientTape()) {
            Future<Throwable> attempt = executor.submit(() -> {
                try {
                    tape.watch(Tensor.scalar(1f));
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            Throwable thrown = attempt.get();
            assertTrue(thrown instanceof IllegalStateException, String.valueOf(thrown));
            assertTrue(thrown.getMessage().contains("confined to the thread that created it ('"
                    + Thread.currentThread().getName() + "')"), thrown.getMessage());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void opsOnAnotherThreadAreNotRecordedByThisThreadsTape() throws Exception {
        Tensor x = Tensor.variable(new float[]{1, 2}, 2);
        try (GradientTape tape = new GradientTape()) {
            Thread other = new Thread(() -> x.mul(x).sum());
            other.start();
            other.join();
            assertEquals(0, tape.recordedOps());
        }
    }

    /**
     * The gradient of a sum is one value repeated; the tape passes it on unexpanded through
     * element-wise ops and must still sum it correctly over every dimension an input was
     * broadcast along.
     */
    @Test
    void aSumsUniformGradientIsSummedOverBroadcastDimensions() {
        Tensor x = Tensor.of(new float[]{1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor row = Tensor.of(new float[]{10, 20, 30}, 3);
        Tensor column = Tensor.of(new float[]{7, 8}, 2, 1);
        Tensor scalar = Tensor.scalar(0.5f);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x, row, column, scalar);
            Tensor y = x.add(row).sub(column).relu().add(scalar).sum();
            List<Tensor> g = tape.gradient(y, x, row, column, scalar);
            assertArrayEquals(new float[]{1, 1, 1, 1, 1, 1}, g.get(0).toFloatArray());
            assertArrayEquals(new float[]{2, 2, 2}, g.get(1).toFloatArray());
            assertArrayEquals(new int[]{2, 1}, g.get(2).shape());
            assertArrayEquals(new float[]{-3, -3}, g.get(2).toFloatArray());
            assertEquals(6f, g.get(3).item());
        }
        Tensor bias = Tensor.of(new float[]{1, 2}, 2);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(bias);
            Tensor y = Tensor.ones(4, 2, 3, 3).add(bias.reshape(2, 1, 1)).mean();
            assertArrayEquals(new float[]{0.5f, 0.5f}, tape.gradient(y, bias).get(0).toFloatArray(), 1e-7f);
        }
    }

    /**
     * Fan-out: contributions are summed, in place where the tape owns the sum. u is used twice,
     * so its gradient is a sum the tape made; u = x + y then hands that same tensor to x and y,
     * and x and y get further contributions from ops recorded before u. Adding those in place into
     * the shared tensor would corrupt the other's gradient: dx must be 3+3, dy 3+5, du 2+1.
     */
    @Test
    void fanOutGradientsAreSummedWithoutCorruptingSharedTensors() {
        Tensor x = Tensor.of(new float[]{1, -2, 3}, 3);
        Tensor y = Tensor.of(new float[]{4, 5, -6}, 3);
        for (boolean persistent : new boolean[]{false, true}) {
            try (GradientTape tape = new GradientTape(persistent)) {
                tape.watch(x, y);
                Tensor p = x.mul(3f);
                Tensor q = y.mul(5f);
                Tensor u = x.add(y);
                Tensor loss = u.mul(2f).sum().add(u.sum()).add(p.sum()).add(q.sum());
                List<Tensor> grads = tape.gradient(loss, x, y, u);
                assertArrayEquals(new float[]{6, 6, 6}, grads.get(0).toFloatArray(), 0f, "dx");
                assertArrayEquals(new float[]{8, 8, 8}, grads.get(1).toFloatArray(), 0f, "dy");
                assertArrayEquals(new float[]{3, 3, 3}, grads.get(2).toFloatArray(), 0f, "du");
                if (persistent) {
                    List<Tensor> again = tape.gradient(loss, x, y);
                    assertArrayEquals(new float[]{6, 6, 6}, again.get(0).toFloatArray(), 0f, "dx, second call");
                    assertArrayEquals(new float[]{8, 8, 8}, again.get(1).toFloatArray(), 0f, "dy, second call");
                    assertArrayEquals(new float[]{6, 6, 6}, grads.get(0).toFloatArray(), 0f, "first result unchanged");
                }
            }
        }
    }

    /** A weight used by many ops gets the sum of every use (element-wise, non-uniform contributions). */
    @Test
    void aTensorUsedManyTimesGetsTheSumOfItsUses() {
        Tensor w = Tensor.of(new float[]{0.5f, -1.5f, 2f, 0.25f}, 2, 2);
        Tensor a = Tensor.of(new float[]{1, 2, 3, 4}, 2, 2);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(w);
            Tensor loss = w.mul(a).sum();
            for (int k = 0; k < 5; k++) {
                loss = loss.add(w.mul(w).sum()).add(w.matmul(a).sum());
            }
            float[] dw = tape.gradient(loss, w).get(0).toFloatArray();
            // d/dw [Σ w⊙a + 5·Σ w² + 5·Σ (w·a)] = a + 10w + 5·(row sums of a, per column of w's row)
            float[] expected = new float[4];
            float[] wv = w.toFloatArray();
            float[] av = a.toFloatArray();
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    expected[i * 2 + j] = av[i * 2 + j] + 10 * wv[i * 2 + j] + 5 * (av[j * 2] + av[j * 2 + 1]);
                }
            }
            assertArrayEquals(expected, dw, 1e-5f);
        }
    }
}
