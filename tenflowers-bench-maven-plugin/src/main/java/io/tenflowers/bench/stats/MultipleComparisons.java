package io.tenflowers.bench.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of p-values for testing many benchmarks at once. Tested one by one at
 * α = 0.01, a hundred unchanged benchmarks give a false alarm somewhere in most runs
 * ({@code 1 − 0.99¹⁰⁰ ≈ 63 %}); Holm keeps the chance of any false alarm in the whole suite at
 * most α, without assuming the tests independent, and rejects at least what Bonferroni does.
 *
 * <p>With the raw p-values sorted ascending, {@code p(1) ≤ … ≤ p(m)}, the adjusted value of the
 * i-th is {@code min(1, max over j ≤ i of (m − j + 1)·p(j))}; a benchmark is significant at level
 * α when its adjusted p-value is ≤ α.
 */
public final class MultipleComparisons {
    private MultipleComparisons() {
    }

    /**
     * @param raw raw p-values, any order (not modified)
     * @return the Holm-adjusted p-values, in the same order
     */
    public static double[] holm(double[] raw) {
        int m = raw.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> raw[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * raw[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /**
     * Holm over the comparisons that were tested, leaving the others out of m: a comparison that can
     * never reach significance (too few forks) is not a test and must not dilute the others.
     *
     * @param raw raw p-values, null where no test was made (not modified)
     * @return the Holm-adjusted p-values of the tested ones, null where {@code raw} is null
     */
    public static Double[] holmOfTested(Double[] raw) {
        int tested = 0;
        for (Double p : raw) {
            tested += p == null ? 0 : 1;
        }
        double[] values = new double[tested];
        int k = 0;
        for (Double p : raw) {
            if (p != null) {
                values[k++] = p;
            }
        }
        double[] adjusted = holm(values);
        Double[] result = new Double[raw.length];
        k = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != null) {
                result[i] = adjusted[k++];
            }
        }
        return result;
    }
}
