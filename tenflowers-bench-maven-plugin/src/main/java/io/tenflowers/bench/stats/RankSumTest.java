package io.tenflowers.bench.stats;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * The two-sided Mann-Whitney U test (Wilcoxon rank-sum) of two independent samples, from Apache
 * Commons Statistics: exact p-values for small samples without ties, the normal approximation with
 * a tie correction otherwise (the library's {@code AUTO} method).
 *
 * <p>The units are forks, not iterations: the iterations of one fork share one JIT outcome and are
 * correlated, so a test over iterations overstates significance.
 *
 * <p>With {@code n} and {@code m} units, the exact two-sided test can never give a p-value below
 * {@code 2 / C(n+m, n)} (the two most extreme orderings out of all of them): 5 + 5 forks reach
 * 0.0079, 4 + 4 only 0.029. Below the α a comparison needs, no difference can ever be significant.
 */
public final class RankSumTest {
    private static final MannWhitneyUTest TEST = MannWhitneyUTest.withDefaults()
            .with(AlternativeHypothesis.TWO_SIDED).with(PValueMethod.AUTO);

    private RankSumTest() {
    }

    /**
     * @param a one sample (≥ 1 value)
     * @param b the other (≥ 1 value)
     * @return the two-sided p-value of "a and b come from the same distribution"; 1 when every value
     *         of both samples is the same (nothing to rank: the library's normal approximation then
     *         divides by a zero variance and gives NaN)
     */
    public static double pValue(double[] a, double[] b) {
        double p = TEST.test(a, b).getPValue();
        return Double.isNaN(p) && allEqual(a, b) ? 1.0 : p;
    }

    private static boolean allEqual(double[] a, double[] b) {
        double first = a.length > 0 ? a[0] : b[0];
        for (double[] sample : new double[][] {a, b}) {
            for (double value : sample) {
                if (Double.compare(value, first) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * @param n units on one side
     * @param m units on the other
     * @return {@code min(1, 2 / C(n+m, n))}, the smallest two-sided p-value the exact test can give
     */
    public static double smallestReachablePValue(int n, int m) {
        return Math.min(1.0, 2.0 / binomial(n + m, Math.min(n, m)));
    }

    /**
     * @param alpha the level a comparison must reach
     * @return the fewest units per side (equal on both) whose smallest reachable p-value is ≤ alpha
     */
    public static int unitsNeededPerSide(double alpha) {
        int k = 1;
        while (smallestReachablePValue(k, k) > alpha && k < 1000) {
            k++;
        }
        return k;
    }

    private static double binomial(int n, int k) {
        double value = 1;
        for (int i = 1; i <= k; i++) {
            value = value * (n - k + i) / i;
        }
        return value;
    }
}
