package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.Buffers;
import io.tenflowers.autograd.nn.MLP;
import io.tenflowers.autograd.optim.SGD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memory reuse through {@link MemoryScope}: released tensors fail loudly, kept ones (and their
 * views) never share an array with anything created later, and every op computes the same
 * gradients from recycled, NaN-poisoned arrays as from fresh ones.
 */
class MemoryScopeTest {
    private static final int N = 10_000;

    private static Tensor input() {
        return Tensor.randomNormal(new Random(7), 1f, N);
    }

    @Test
    void theTestsRunWithPoisonedRecycledArrays() {
        assertTrue(Buffers.poisoning(), "run the engine's tests with -Dtenflowers.memory.poison=true (the pom sets it): "
                + "without it a kernel reading a recycled array it did not write goes unnoticed");
    }

    @Test
    void aReleasedTensorFailsLoudlyAndNamesTheFix() {
        Tensor x = input();
        Tensor y;
        try (MemoryScope scope = MemoryScope.open()) {
            y = x.relu();
        }
        assertTrue(y.isReleased());
        IllegalStateException e = assertThrows(IllegalStateException.class, y::toFloatArray);
        assertTrue(e.getMessage().contains("shape [10000] was released when the MemoryScope it was created in closed"), e.getMessage());
        assertTrue(e.getMessage().contains("scope.keep(tensor)"), e.getMessage());
        assertThrows(IllegalStateException.class, y::sum);
        assertThrows(IllegalStateException.class, () -> y.get(0));
        assertThrows(IllegalStateException.class, () -> x.add(y));
        assertEquals(N, y.size(), "its shape stays readable");
        assertTrue(y.toString().contains("released"), y.toString());
        assertFalse(x.isReleased(), "a tensor created before the scope is not the scope's");
    }

    @Test
    void theNextScopeReusesAReleasedArray() {
        Tensor x = input();
        float[] first;
        try (MemoryScope scope = MemoryScope.open()) {
            first = x.relu().data();
        }
        try (MemoryScope scope = MemoryScope.open()) {
            assertSame(first, x.sigmoid().data(), "the array released last is handed out first");
        }
    }

    /**
     * The aliasing check: a kept tensor's array must never be handed to a later tensor, and its
     * values must survive any number of later scopes of the same sizes.
     */
    @Test
    void aKeptTensorNeverSharesItsArrayWithLaterTensors() {
        Tensor x = input();
        Tensor kept;
        Tensor view;
        try (MemoryScope scope = MemoryScope.open()) {
            Tensor y = x.sigmoid();
            kept = scope.keep(y.mul(2f));
            view = kept.reshape(100, 100);
            x.relu();
        }
        float[] expected = x.sigmoid().mul(2f).toFloatArray();
        for (int round = 0; round < 5; round++) {
            List<Tensor> later = new ArrayList<>();
            try (MemoryScope scope = MemoryScope.open()) {
                later.add(x.relu());
                later.add(x.sigmoid().add(x));
                later.add(x.neg());
                for (Tensor t : later) {
                    assertNotSame(kept.data(), t.data(), "a kept tensor's array was handed out again");
                }
            }
            assertArrayEquals(expected, kept.toFloatArray(), "round " + round);
            assertArrayEquals(expected, view.toFloatArray(), "a view of a kept tensor, round " + round);
        }
    }

    @Test
    void keepingAViewKeepsTheArrayItShares() {
        Tensor x = input();
        Tensor base;
        Tensor view;
        try (MemoryScope scope = MemoryScope.open()) {
            base = x.tanh();
            view = scope.keep(base.reshape(100, 100));
        }
        assertFalse(base.isReleased(), "the base shares the kept view's array");
        try (MemoryScope scope = MemoryScope.open()) {
            x.exp();
            x.abs();
        }
        assertArrayEquals(x.tanh().toFloatArray(), base.toFloatArray());
        assertArrayEquals(x.tanh().toFloatArray(), view.toFloatArray());
    }

    @Test
    void aTensorKeptInAnInnerScopeBelongsToTheOuterOne() {
        Tensor x = input();
        Tensor kept;
        Tensor outerView;
        try (MemoryScope outer = MemoryScope.open()) {
            Tensor outerTensor = x.relu();
            try (MemoryScope inner = MemoryScope.open()) {
                kept = inner.keep(x.sigmoid());
                // A view made in the inner scope of an array the outer scope owns.
                outerView = outerTensor.reshape(100, 100);
            }
            assertFalse(kept.isReleased());
            assertFalse(outerView.isReleased(), "its array belongs to the outer scope, which is still open");
            assertArrayEquals(x.relu().toFloatArray(), outerView.toFloatArray());
        }
        assertTrue(kept.isReleased(), "kept in the inner scope, released by the outer one");
        assertTrue(outerView.isReleased(), "a view of the outer scope's array is released with it");
    }

    @Test
    void variablesCopiesAndEarlierTensorsAreNeverReleased() {
        Tensor before = input();
        Tensor variable;
        Tensor copy;
        Tensor zeros;
        try (MemoryScope scope = MemoryScope.open()) {
            variable = Tensor.variable(before.relu());
            copy = Tensor.of(new float[]{1, 2, 3}, 3);
            zeros = Tensor.zeros(N);
        }
        assertFalse(before.isReleased());
        assertFalse(variable.isReleased());
        assertFalse(copy.isReleased());
        assertFalse(zeros.isReleased());
        assertArrayEquals(before.relu().toFloatArray(), variable.toFloatArray());
    }

    @Test
    void aScopeMayCloseBeforeOneOpenedAfterIt() {
        Tensor x = input();
        MemoryScope first = MemoryScope.open();
        Tensor y = x.relu();
        MemoryScope second = MemoryScope.open();
        Tensor viewOfFirst = y.reshape(100, 100);
        Tensor z = x.sigmoid();
        first.close();
        assertTrue(y.isReleased());
        assertTrue(viewOfFirst.isReleased(), "a view made in a later scope of the closed scope's array");
        assertFalse(z.isReleased(), "the later scope is still open");
        assertArrayEquals(x.sigmoid().toFloatArray(), z.toFloatArray());
        Tensor kept = second.keep(z.neg());
        second.close();
        assertTrue(z.isReleased());
        assertFalse(kept.isReleased());
        assertFalse(MemoryScope.isOpenOnThisThread());
    }

    @Test
    void closingOnAnotherThreadOrKeepingAfterCloseIsRefused() throws InterruptedException {
        MemoryScope scope = MemoryScope.open();
        AtomicReference<Throwable> fromOtherThread = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                scope.close();
            } catch (Throwable t) {
                fromOtherThread.set(t);
            }
        });
        other.start();
        other.join();
        assertTrue(fromOtherThread.get() instanceof IllegalStateException, String.valueOf(fromOtherThread.get()));
        assertTrue(fromOtherThread.get().getMessage().contains("close it on that thread"), fromOtherThread.get().getMessage());
        assertTrue(MemoryScope.isOpenOnThisThread());
        scope.close();
        scope.close();
        assertFalse(MemoryScope.isOpenOnThisThread());
        IllegalStateException late = assertThrows(IllegalStateException.class, () -> scope.keep(input()));
        assertTrue(late.getMessage().contains("call keep(...) before the scope closes"), late.getMessage());
    }

    @Test
    void aTrainingLoopInScopesLearnsExactlyAsWithoutThem() {
        float[] plain = train(step -> step.run());
        float[] scoped = train(step -> {
            try (MemoryScope scope = MemoryScope.open()) {
                step.run();
            }
        });
        assertArrayEquals(plain, scoped);
    }

    /** Five SGD steps of a small MLP, each run by {@code stepRunner}; returns the first layer's weights. */
    private static float[] train(Consumer<Runnable> stepRunner) {
        Random random = new Random(3);
        MLP mlp = new MLP(random, 300, 64, 10);
        Tensor x = Tensor.randomNormal(random, 1f, 32, 300);
        int[] targets = new int[32];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = i % 10;
        }
        SGD sgd = new SGD(0.1f, 0.9f);
        for (int step = 0; step < 5; step++) {
            stepRunner.accept(() -> {
                try (GradientTape tape = new GradientTape()) {
                    Tensor loss = mlp.forward(x).crossEntropy(targets);
                    sgd.step(mlp.parameters(), tape.gradient(loss, mlp.parameters()));
                }
            });
        }
        return mlp.parameters().get(0).toFloatArray();
    }

    @Test
    void aGradientTakenAfterItsScopeClosedFailsLoudly() {
        Tensor x = input();
        try (GradientTape tape = new GradientTape()) {
            tape.watch(x);
            Tensor loss;
            try (MemoryScope scope = MemoryScope.open()) {
                loss = x.sigmoid().sum();
            }
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> tape.gradient(loss, x));
            assertTrue(e.getMessage().contains("was released"), e.getMessage());
        }
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> opsAndSeeds() {
        return OpGradientTest.opsAndSeeds().filter(a -> (long) a.get()[1] <= 2);
    }

    /**
     * Every op's finite-difference check twice in a row, each time inside a scope: the second run
     * gets the first one's arrays back, NaN-filled, so an op whose kernel reads an element it did
     * not write (or relies on a fresh array's zeros) fails its check.
     */
    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("opsAndSeeds")
    void everyOpIsRightOnRecycledArrays(String op, long seed) {
        for (int run = 0; run < 2; run++) {
            try (MemoryScope scope = MemoryScope.open()) {
                OpGradientTest.CHECKS.get(op).run(new RandomTensors(seed));
            }
        }
    }

    @Test
    void recycledArraysAreActuallyHandedOutInTheOpChecks() {
        Set<float[]> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int reused = 0;
        for (int run = 0; run < 2; run++) {
            try (MemoryScope scope = MemoryScope.open()) {
                Tensor a = Tensor.randomNormal(new Random(1), 1f, 3, 4);
                for (Tensor t : List.of(a.relu(), a.sigmoid(), a.matmul(a.transpose()), a.sum(1, true))) {
                    if (!seen.add(t.data())) {
                        reused++;
                    }
                }
            }
        }
        assertTrue(reused >= 3, "with poison on, small arrays are pooled too; reused " + reused);
    }
}
