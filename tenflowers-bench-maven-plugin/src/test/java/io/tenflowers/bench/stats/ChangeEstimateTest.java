package io.tenflowers.bench.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeEstimateTest {
    @Test
    void theRatioOfMediansWithAnIntervalThatHoldsIt() {
        double[] old = {100, 102, 98, 101, 99, 100, 103, 97};
        double[] current = {80, 82, 79, 81, 78, 80, 83, 77};
        ChangeEstimate estimate = ChangeEstimate.of(old, current, 0.95);
        assertEquals(0.8, estimate.ratio(), 1e-12);
        assertEquals(-0.2, estimate.change(), 1e-12);
        assertTrue(estimate.low() <= 0.8 && 0.8 <= estimate.high(), estimate.toString());
        assertTrue(estimate.high() < 0.85 && estimate.low() > 0.75, estimate.toString());
        assertEquals(estimate, ChangeEstimate.of(old, current, 0.95), "seeded: the same samples, the same interval");
    }

    @Test
    void identicalSamplesGiveNoChangeAndAZeroWidthInterval() {
        double[] same = {5, 5, 5, 5};
        ChangeEstimate estimate = ChangeEstimate.of(same, same, 0.95);
        assertEquals(new ChangeEstimate(1, 1, 1), estimate);
    }

    @Test
    void mediansAndForkMeans() {
        assertEquals(2, ChangeEstimate.median(new double[]{3, 1, 2}), 0);
        assertEquals(2.5, ChangeEstimate.median(new double[]{4, 1, 3, 2}), 0);
        assertArrayEquals(new double[]{2, 10}, ForkMeans.of(List.of(List.of(1.0, 3.0), List.of(10.0),
                java.util.Arrays.asList((Double) null))), 0);
        assertArrayEquals(new double[]{}, ForkMeans.of(null), 0);
    }
}
