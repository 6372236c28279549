package io.tenflowers.bench.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reference values from SciPy 1.10.1 ({@code python3-scipy}):
 * <pre>
 * import numpy as np, scipy.stats as st
 * a = np.array([100., 102., 98., 101., 99., 103., 97., 100.])
 * b = np.array([110., 111., 109., 113., 108., 112., 107., 111.5])
 * r = np.log(b / a)
 * st.wilcoxon(r, method='exact')    # statistic=0.0, pvalue=0.0078125
 * w = [(r[i] + r[j]) / 2 for i in range(8) for j in range(i, 8)]
 * np.exp(np.median(w)) - 1          # 0.10154083326874774 (Hodges-Lehmann)
 * c = np.array([101., 101.5, 97., 102., 98., 104., 96.5, 100.2])
 * st.wilcoxon(np.log(c / a), method='exact')   # statistic=16.0, pvalue=0.84375
 * </pre>
 */
class PairedRatioTest {
    private static final double[] BEFORE = {100, 102, 98, 101, 99, 103, 97, 100};

    @Test
    void aTenPercentGainOverEightPairsMatchesScipy() {
        PairedRatio ratio = PairedRatio.of(BEFORE, new double[] {110, 111, 109, 113, 108, 112, 107, 111.5}, 0.95);
        assertEquals(0.0078125, ratio.pValue(), 1e-12);
        assertEquals(0.10154083326874774, ratio.change(), 1e-12);
        assertTrue(ratio.low() < ratio.change() && ratio.change() < ratio.high());
        assertTrue(ratio.low() > 0.08 && ratio.high() < 0.12, ratio.low() + " … " + ratio.high());
    }

    @Test
    void noiseAroundZeroIsNotSignificant() {
        PairedRatio ratio = PairedRatio.of(BEFORE, new double[] {101, 101.5, 97, 102, 98, 104, 96.5, 100.2}, 0.95);
        assertEquals(0.84375, ratio.pValue(), 1e-12);
        assertTrue(ratio.low() < 0 && ratio.high() > 0);
    }

    @Test
    void aDriftThatHitsBothSidesCancels() {
        // the machine slows down by 40 % during the sitting; the after side is 5 % slower throughout
        double[] before = new double[10];
        double[] after = new double[10];
        for (int i = 0; i < 10; i++) {
            double machine = 1 - 0.04 * i;
            before[i] = 1000 * machine;
            after[i] = 950 * machine * (i % 2 == 0 ? 1.001 : 0.999);
        }
        PairedRatio ratio = PairedRatio.of(before, after, 0.95);
        assertEquals(-0.05, ratio.change(), 0.002);
        assertTrue(ratio.pValue() < 0.01);
    }

    @Test
    void equalSidesGiveNoChangeAndPOne() {
        PairedRatio ratio = PairedRatio.of(BEFORE, BEFORE.clone(), 0.95);
        assertEquals(0, ratio.change(), 0);
        assertEquals(1, ratio.pValue(), 0);
    }

    @Test
    void theSmallestReachablePSaysHowManyPairsAreNeeded() {
        assertEquals(0.0078125, PairedRatio.smallestReachablePValue(8), 0);
        assertTrue(PairedRatio.smallestReachablePValue(7) > 0.01);
    }

    @Test
    void badPairsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PairedRatio.of(new double[] {1, 2}, new double[] {1}, 0.95));
        assertThrows(IllegalArgumentException.class, () -> PairedRatio.of(new double[] {1, 0}, new double[] {1, 1}, 0.95));
    }
}
