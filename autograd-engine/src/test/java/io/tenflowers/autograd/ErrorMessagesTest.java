package io.tenflowers.autograd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bad input fails at once with a message that names the op, the shapes and the way out. */
class ErrorMessagesTest {

    private static String message(Class<? extends RuntimeException> type, Executable call) {
        return assertThrows(type, call).getMessage();
    }

    @Test
    void mismatchedShapesNameTheOpAndBothShapes() {
        Tensor a = Tensor.zeros(2, 3);
        Tensor b = Tensor.zeros(4);
        assertEquals("add: shapes [2, 3] and [4] cannot be broadcast together (aligned from the last dimension, "
                + "each pair of dimensions must be equal or 1)", message(IllegalArgumentException.class, () -> a.add(b)));
        assertEquals("matmul: inner dimensions differ: [2, 3] x [4, 5] (3 vs 4)",
                message(IllegalArgumentException.class, () -> a.matmul(Tensor.zeros(4, 5))));
        assertEquals("matmul: both operands need rank >= 2, got shapes [2, 3] and [3]; reshape a vector to [1, n] or [n, 1]",
                message(IllegalArgumentException.class, () -> a.matmul(Tensor.zeros(3))));
        assertEquals("reshape: cannot reshape [2, 3] (6 elements) to [4, 2] (8 elements)",
                message(IllegalArgumentException.class, () -> a.reshape(4, 2)));
        assertEquals("conv2d: input [1, 3, 8, 8] has 3 channels but weight [4, 2, 3, 3] expects 2",
                message(IllegalArgumentException.class,
                        () -> Tensor.zeros(1, 3, 8, 8).conv2d(Tensor.zeros(4, 2, 3, 3), null, 1, 0)));
        assertEquals("Tensor.of: shape [2, 2] holds 4 elements but 3 values were given",
                message(IllegalArgumentException.class, () -> Tensor.of(new float[3], 2, 2)));
        assertEquals("mul: the other operand is null", message(IllegalArgumentException.class, () -> a.mul((Tensor) null)));
    }

    @Test
    void badAxisNamesTheOpTheShapeAndTheValidRange() {
        Tensor a = Tensor.zeros(2, 3);
        assertEquals("sum: axis 2 is out of range for shape [2, 3] (rank 2); valid axes are -2..1",
                message(IllegalArgumentException.class, () -> a.sum(2, false)));
        assertEquals("softmax: axis -3 is out of range for shape [2, 3] (rank 2); valid axes are -2..1",
                message(IllegalArgumentException.class, () -> a.softmax(-3)));
        assertEquals("max: axis 0 is out of range for shape [] (rank 0); valid axes are none (a scalar has no axes)",
                message(IllegalArgumentException.class, () -> Tensor.scalar(1f).max(0, true)));
    }

    @Test
    void crossEntropyRejectsBadTargets() {
        Tensor logits = Tensor.zeros(2, 3);
        assertEquals("crossEntropy: target[1] = 3 is not a class index in 0..2 for logits [2, 3]",
                message(IllegalArgumentException.class, () -> logits.crossEntropy(new int[]{0, 3})));
        assertEquals("crossEntropy: logits [2, 3] need 2 targets, got 1",
                message(IllegalArgumentException.class, () -> logits.crossEntropy(new int[]{0})));
    }

    @Test
    void nonScalarTargetWithoutOutputGradient() {
        Tensor x = Tensor.of(new float[]{1, 2}, 2);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            Tensor y = x.mul(x);
            assertEquals("gradient: target has shape [2] but is not a scalar; reduce it (e.g. target.sum()) or pass an "
                            + "output gradient of that shape with gradient(target, outputGradient, sources...)",
                    message(IllegalArgumentException.class, () -> tape.gradient(y, x)));
            assertEquals("gradient: output gradient has shape [3] but the target has shape [2]",
                    message(IllegalArgumentException.class, () -> tape.gradient(y, Tensor.zeros(3), List.of(x))));
        }
    }

    @Test
    void sourceThatWasNeverWatched() {
        Tensor x = Tensor.of(new float[]{1, 2}, 2);
        Tensor forgotten = Tensor.of(new float[]{3}, 1);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            Tensor y = x.mul(forgotten).sum();
            assertEquals("gradient: source #1 (shape [1]) was never watched by this tape; call tape.watch(tensor) "
                            + "before computing with it, or create it with Tensor.variable(...)",
                    message(IllegalArgumentException.class, () -> tape.gradient(y, x, forgotten)));
        }
    }

    @Test
    void watchingNullNamesTheArgumentAndWatchesNothing() {
        Tensor x = Tensor.of(new float[]{1, 2}, 2);
        try (GradientTape tape = new GradientTape()) {
            assertEquals("watch: tensors (the array) is null; pass the tensors to watch, e.g. tape.watch(x, w), "
                    + "or a non-null array", message(IllegalArgumentException.class, () -> tape.watch((Tensor[]) null)));
            assertEquals("watch: tensor #1 of 2 is null; pass only tensors that exist (create them first, e.g. with "
                    + "Tensor.of or Tensor.variable)", message(IllegalArgumentException.class, () -> tape.watch(x, null)));
            Tensor y = x.sum();
            assertEquals(0, tape.recordedOps(), "x was not watched by the failed call");
            assertEquals("gradient: source #0 (shape [2]) was never watched by this tape; call tape.watch(tensor) "
                            + "before computing with it, or create it with Tensor.variable(...)",
                    message(IllegalArgumentException.class, () -> tape.gradient(y, x)));
        }
    }

    @Test
    void usedUpNonPersistentTape() {
        Tensor x = Tensor.of(new float[]{1, 2}, 2);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            Tensor y = x.sum();
            tape.gradient(y, x);
            String expected = "GradientTape.gradient: this non-persistent tape has already computed its gradient and "
                    + "released its records; create it with new GradientTape(true) to call gradient() more than once";
            assertEquals(expected, message(IllegalStateException.class, () -> tape.gradient(y, x)));
        }
    }

    @Test
    void tapeUsedFromAnotherThread() throws InterruptedException {
        GradientTape tape = new GradientTape();
        String[] seen = new String[1];
        Thread other = new Thread(() -> {
            try {
                tape.gradient(Tensor.scalar(1f));
            } catch (IllegalStateException e) {
                seen[0] = e.getMessage();
            }
        }, "worker-7");
        other.start();
        other.join();
        tape.close();
        assertEquals("GradientTape.gradient: a tape is confined to the thread that created it ('"
                + Thread.currentThread().getName() + "') but was used from 'worker-7'; create one tape per thread", seen[0]);
    }

    /** An op defined without a gradient rule computes, but a gradient through it fails naming it. */
    @Test
    void anOpWithoutAGradientRule() {
        Tensor x = Tensor.of(new float[]{1, 2, 3, 4, 5, 6}, 2, 3);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            Tensor y = CustomGradient.apply("round_to_grid", t -> t[0].mul(2f).sum(1, false), null, x);
            assertArrayEquals(new float[]{12, 30}, y.toFloatArray());
            Tensor loss = y.sum();
            assertEquals("gradient: op 'round_to_grid' (input [2, 3] -> output [2]) has no gradient rule, so no "
                            + "gradient can flow back through it to its inputs; give it one (the backward argument of "
                            + "CustomGradient.apply), or keep it off the path from the sources to the target (apply it "
                            + "to tensors that are not watched)",
                    message(IllegalStateException.class, () -> tape.gradient(loss, x)));
        }
    }

    @Test
    void aGradientRuleThatReturnsTheWrongShape() {
        Tensor a = Tensor.zeros(2, 3);
        Tensor b = Tensor.zeros(3);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(a, b);
            Tensor y = CustomGradient.apply("shifted_add", t -> t[0].add(t[1]),
                    (g, needs) -> new Tensor[]{g, Tensor.zeros(4)}, a, b).sum();
            assertEquals("gradient: the backward rule of op 'shifted_add' returned a gradient of shape [4] for input #1 "
                            + "of shape [3] (inputs [2, 3], [3] -> output [2, 3]); a rule must return each input's "
                            + "gradient in that input's shape (or in a shape that broadcasts with it: the tape sums over "
                            + "broadcast dimensions)",
                    message(IllegalStateException.class, () -> tape.gradient(y, a, b)));
        }
    }

    @Test
    void aGradientRuleThatReturnsTooFewGradients() {
        Tensor a = Tensor.zeros(2, 3);
        Tensor b = Tensor.zeros(3);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(a, b);
            Tensor y = CustomGradient.apply("half_add", t -> t[0].add(t[1]), (g, needs) -> new Tensor[]{g}, a, b).sum();
            assertEquals("gradient: the backward rule of op 'half_add' (inputs [2, 3], [3] -> output [2, 3]) returned "
                            + "1 gradient for 2 inputs; a rule must return one gradient per input, in input order (null "
                            + "for an input whose needsGradient is false)",
                    message(IllegalStateException.class, () -> tape.gradient(y, a, b)));
        }
    }

    /** What the wrong-shape message allows: a gradient in the output's shape is summed to a broadcast input's. */
    @Test
    void aGradientRuleMayReturnTheOutputsShapeForABroadcastInput() {
        Tensor a = Tensor.zeros(2, 3);
        Tensor b = Tensor.zeros(3);
        try (GradientTape tape = new GradientTape()) {
            tape.watch(a, b);
            Tensor y = CustomGradient.apply("plain_add", t -> t[0].add(t[1]), (g, needs) -> new Tensor[]{g, g}, a, b).sum();
            List<Tensor> g = tape.gradient(y, a, b);
            assertArrayEquals(new float[]{1, 1, 1, 1, 1, 1}, g.get(0).toFloatArray());
            assertArrayEquals(new float[]{2, 2, 2}, g.get(1).toFloatArray());
        }
    }

    @Test
    void immutableTensorsCannotBeUpdated() {
        assertEquals("updateInPlace: only variables are mutable; this tensor of shape [2] is immutable "
                        + "(create it with Tensor.variable(...))",
                message(IllegalStateException.class, () -> Tensor.zeros(2).updateInPlace(d -> d[0] = 1)));
    }
}
