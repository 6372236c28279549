package io.tenflowers.bench.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Against SciPy: the reference values below were printed by
 * {@code src/test/resources/stats/scipy_reference.py} (SciPy 1.17.1,
 * {@code mannwhitneyu(x, y, alternative='two-sided', method=..., use_continuity=True)}).
 */
class RankSumTestTest {
    private static void assertP(double expected, double[] x, double[] y) {
        assertEquals(expected, RankSumTest.pValue(x, y), expected * 1e-9);
        assertEquals(expected, RankSumTest.pValue(y, x), expected * 1e-9, "two-sided: symmetric");
    }

    @Test
    void exactPValuesWithoutTies() {
        assertP(0.007936507936507936, new double[]{1, 2, 3, 4, 5}, new double[]{6, 7, 8, 9, 10});
        assertP(0.6904761904761905, new double[]{1, 3, 5, 7, 9}, new double[]{2, 4, 6, 8, 10});
        assertP(0.009523809523809525, new double[]{10.5, 11.2, 9.8, 10.1},
                new double[]{12.0, 12.4, 11.9, 13.1, 12.2, 12.8});
        assertP(0.0001554001554001554, new double[]{7219, 7882, 8405, 8012, 7750, 7990, 8120, 7600},
                new double[]{6101, 6500, 6320, 6650, 7010, 6200, 6444, 6890});
    }

    @Test
    void asymptoticPValuesWithTies() {
        assertP(0.047967873742731204, new double[]{1, 2, 2, 3, 3, 3}, new double[]{2, 3, 4, 4, 5, 5});
        assertP(0.007394694229860947, new double[]{0.5, 0.5, 0.7, 0.9, 1.1, 1.1, 1.2, 1.4},
                new double[]{1.1, 1.3, 1.4, 1.6, 1.6, 1.8, 2.0});
    }

    @Test
    void identicalSamplesAreNoDifferenceNotNaN() {
        // e.g. gc.alloc.rate.norm, deterministic: the same bytes per operation in every fork
        double[] same = {4112, 4112, 4112, 4112, 4112};
        assertEquals(1.0, RankSumTest.pValue(same, same.clone()), 0.0);
    }

    @Test
    void theSmallestReachablePValueDecidesWhetherForksCanEverBeSignificant() {
        assertEquals(0.007936507936507936, RankSumTest.smallestReachablePValue(5, 5), 1e-15);
        assertEquals(0.009523809523809525, RankSumTest.smallestReachablePValue(4, 6), 1e-15);
        assertEquals(2.0 / 70, RankSumTest.smallestReachablePValue(4, 4), 1e-15);
        assertEquals(0.1, RankSumTest.smallestReachablePValue(3, 3), 1e-15);
        assertEquals(1.0, RankSumTest.smallestReachablePValue(1, 1), 0);
        assertEquals(5, RankSumTest.unitsNeededPerSide(0.01));
        // α = 0.01 shared by 20 benchmarks (the strictest Holm level): 2 / C(16, 8) = 0.000155 ≤ 0.0005
        assertEquals(8, RankSumTest.unitsNeededPerSide(0.01 / 20));
    }
}
