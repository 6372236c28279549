package io.tenflowers.bench.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class MultipleComparisonsTest {
    @Test
    void holmStepsDownAndStaysMonotone() {
        // sorted: 0.001 (×4), 0.01 (×3), 0.02 (×2), 0.04 (×1) → 0.004, 0.03, 0.04, 0.04 (kept monotone)
        double[] raw = {0.04, 0.001, 0.02, 0.01};
        assertArrayEquals(new double[]{0.04, 0.004, 0.04, 0.03}, MultipleComparisons.holm(raw), 1e-15);
    }

    @Test
    void adjustedValuesNeverExceedOne() {
        assertArrayEquals(new double[]{1.0, 1.0, 1.0}, MultipleComparisons.holm(new double[]{0.5, 0.9, 0.4}), 0);
        assertArrayEquals(new double[]{}, MultipleComparisons.holm(new double[]{}), 0);
    }

    @Test
    void aHundredUnchangedBenchmarksAtOnePercentRarelyAlarmTogether() {
        // one raw p of 0.005 among 100 is significant alone, not after the adjustment
        double[] raw = new double[100];
        java.util.Arrays.fill(raw, 0.5);
        raw[37] = 0.005;
        double[] adjusted = MultipleComparisons.holm(raw);
        org.junit.jupiter.api.Assertions.assertEquals(0.5, adjusted[37], 1e-15);
    }

    @Test
    void onlyTheTestedComparisonsCountAndTheOthersStayUntested() {
        Double[] adjusted = MultipleComparisons.holmOfTested(new Double[] {0.01, null, 0.04, null});
        // m = 2, not 4: 2 · 0.01 = 0.02, then max(0.02, 1 · 0.04) = 0.04
        assertArrayEquals(new Double[] {0.02, null, 0.04, null}, adjusted);
        assertArrayEquals(new Double[0], MultipleComparisons.holmOfTested(new Double[0]));
    }
}
