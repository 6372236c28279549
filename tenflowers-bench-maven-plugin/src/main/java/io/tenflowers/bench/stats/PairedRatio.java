package io.tenflowers.bench.stats;

import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The change between two sides measured in one sitting, paired by position: fork {@code i} of one
 * side ran next to fork {@code i} of the other, so a drift of the machine that hits both cancels in
 * their ratio. Over the log ratios {@code r_i = ln(after_i / before_i)}:
 * <ul>
 *   <li>p: two-sided Wilcoxon signed-rank test of "the median log ratio is 0" (Apache Commons
 *       Statistics; exact without ties). With {@code n} pairs the smallest p it can give is
 *       {@code 2 / 2^n}: 8 pairs reach 0.0078, 7 pairs never get below 0.0156.</li>
 *   <li>change: {@code exp(HL) − 1}, where HL is the Hodges-Lehmann estimate, the median of the
 *       Walsh averages {@code (r_i + r_j) / 2, i ≤ j}.</li>
 *   <li>interval: percentile bootstrap of that estimate over resampled pairs (seeded, so a run
 *       is reproducible), the pairing kept.</li>
 * </ul>
 * This is the statistic of the {@code compare} goal (interleaved forks, both commits in
 * one sitting); {@link RankSumTest} serves the unpaired comparison with a saved baseline.
 *
 * @param pairs  number of pairs
 * @param change relative change of {@code after} against {@code before} (0.10 = 10 % higher)
 * @param low    lower bound of its interval
 * @param high   upper bound
 * @param pValue two-sided p-value
 */
public record PairedRatio(int pairs, double change, double low, double high, double pValue) {
    private static final WilcoxonSignedRankTest TEST = WilcoxonSignedRankTest.withDefaults();
    private static final int RESAMPLES = 2000;
    private static final long SEED = 0x5EED_2026L;

    /**
     * @param before     one side's fork means, in sitting order (all > 0)
     * @param after      the other side's, {@code after[i]} measured next to {@code before[i]}
     * @param confidence level of the interval, e.g. 0.95
     * @return the paired change
     * @throws IllegalArgumentException if the sides differ in length, have fewer than 2 pairs, or hold
     *                                  a value that is not a positive finite number
     */
    public static PairedRatio of(double[] before, double[] after, double confidence) {
        if (before.length != after.length || before.length < 2) {
            throw new IllegalArgumentException("paired sides need the same number (≥ 2) of forks, got "
                    + before.length + " and " + after.length);
        }
        double[] logRatios = new double[before.length];
        for (int i = 0; i < before.length; i++) {
            if (!(before[i] > 0) || !(after[i] > 0) || Double.isInfinite(before[i]) || Double.isInfinite(after[i])) {
                throw new IllegalArgumentException("pair " + i + " is (" + before[i] + ", " + after[i]
                        + "): a ratio needs positive finite values");
            }
            logRatios[i] = Math.log(after[i] / before[i]);
        }
        double p = allZero(logRatios) ? 1.0 : TEST.test(logRatios).getPValue();
        double estimate = hodgesLehmann(logRatios);
        double[] estimates = new double[RESAMPLES];
        double[] resample = new double[logRatios.length];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int k = 0; k < RESAMPLES; k++) {
            for (int i = 0; i < resample.length; i++) {
                resample[i] = logRatios[random.nextInt(logRatios.length)];
            }
            estimates[k] = hodgesLehmann(resample);
        }
        Arrays.sort(estimates);
        double tail = (1 - confidence) / 2;
        return new PairedRatio(before.length, Math.expm1(estimate), Math.expm1(ChangeEstimate.quantile(estimates, tail)),
                Math.expm1(ChangeEstimate.quantile(estimates, 1 - tail)), p);
    }

    /**
     * @param pairs number of pairs
     * @return {@code min(1, 2 / 2^pairs)}, the smallest two-sided p-value the exact test can give
     */
    public static double smallestReachablePValue(int pairs) {
        return Math.min(1.0, 2.0 / Math.pow(2, pairs));
    }

    /** @return the median of the Walsh averages {@code (x_i + x_j) / 2, i ≤ j} */
    static double hodgesLehmann(double[] values) {
        int n = values.length;
        double[] walsh = new double[n * (n + 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                walsh[k++] = (values[i] + values[j]) / 2;
            }
        }
        return ChangeEstimate.median(walsh);
    }

    private static boolean allZero(double[] values) {
        return Arrays.stream(values).allMatch(v -> v == 0);
    }
}
