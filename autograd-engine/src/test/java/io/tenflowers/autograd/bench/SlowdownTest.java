package io.tenflowers.autograd.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SlowdownTest {
    @Test
    void theFractionIsReadPerBenchmark() {
        assertEquals(0.15, Slowdown.fraction("relu=0.15,neural_network=0.25", "relu"), 0);
        assertEquals(0.25, Slowdown.fraction("relu=0.15, neural_network=0.25", "neural_network"), 0);
        assertEquals(0, Slowdown.fraction("relu=0.15", "sigmoid"), 0);
        assertEquals(0, Slowdown.fraction(null, "relu"), 0);
        assertThrows(IllegalArgumentException.class, () -> Slowdown.fraction("relu", "relu"));
        assertThrows(IllegalArgumentException.class, () -> Slowdown.fraction("relu=-1", "relu"));
    }

    @Test
    void extraRunsAddUpToTheFractionOfTheWork() {
        System.setProperty(Slowdown.PROPERTY, "relu=0.15");
        try {
            Slowdown slowdown = Slowdown.of("relu");
            int extra = 0;
            for (int i = 0; i < 1000; i++) {
                extra += slowdown.extraRuns();
            }
            assertEquals(150, extra, 1, "15 % more runs of the body over 1000 invocations");
            assertEquals(0, Slowdown.of("sigmoid").extraRuns());
        } finally {
            System.clearProperty(Slowdown.PROPERTY);
        }
    }
}
