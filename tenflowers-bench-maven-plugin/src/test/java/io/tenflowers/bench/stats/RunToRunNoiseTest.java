package io.tenflowers.bench.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunToRunNoiseTest {
    @Test
    void thePredictionBoundOfTwoRunsMoveFromAFewRuns() {
        // log medians with s = 0.1 exactly: e^0.9, e^1.0, e^1.1 (mean 1.0, squares 0.02, n − 1 = 2)
        double[] medians = {Math.exp(0.9), Math.exp(1.0), Math.exp(1.1)};
        // t(0.995, 2) = 9.9248 (SciPy: scipy.stats.t.ppf(0.995, 2) = 9.924843200918273)
        double expected = Math.expm1(9.924843200918273 * Math.sqrt(2) * 0.1 * Math.sqrt(1 + 1.0 / 3));
        assertEquals(expected, RunToRunNoise.band(medians, 0.99), 1e-9);
    }

    @Test
    void moreRunsOfTheSameSpreadGiveANarrowerBand() {
        double[] four = {100, 110, 90, 100};
        double[] eight = {100, 110, 90, 100, 100, 110, 90, 100};
        assertTrue(RunToRunNoise.band(eight, 0.99) < RunToRunNoise.band(four, 0.99));
        assertEquals(0, RunToRunNoise.band(new double[]{5, 5, 5}, 0.99), 0);
        assertThrows(IllegalArgumentException.class, () -> RunToRunNoise.band(new double[]{5}, 0.99));
    }
}
