package io.tenflowers.bench.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Reference values from SciPy 1.x ({@code python3-scipy}):
 * <pre>
 * import scipy.stats as st, numpy as np
 * x = np.array([100.0, 104.0, 97.0, 110.0, 101.0])
 * st.t.interval(0.95, len(x) - 1, loc=x.mean(), scale=st.sem(x))  # (96.2792135740757, 108.52078642592431)
 * y = np.array([1.0, 3.0])
 * st.t.interval(0.99, 1, loc=y.mean(), scale=st.sem(y))           # (-61.656741162871526, 65.65674116287153)
 * </pre>
 */
class MeanIntervalTest {
    @Test
    void matchesScipyForFiveForks() {
        MeanInterval interval = MeanInterval.of(new double[] {100, 104, 97, 110, 101}, 0.95);
        assertEquals(102.4, interval.mean(), 1e-12);
        assertEquals(96.2792135740757, interval.low(), 1e-9);
        assertEquals(108.52078642592431, interval.high(), 1e-9);
    }

    @Test
    void twoForksGiveTheWideIntervalTheyDeserve() {
        MeanInterval interval = MeanInterval.of(new double[] {1, 3}, 0.99);
        assertEquals(-61.656741162871526, interval.low(), 1e-8);
        assertEquals(65.65674116287153, interval.high(), 1e-8);
    }

    @Test
    void oneForkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MeanInterval.of(new double[] {5}, 0.95));
    }
}
