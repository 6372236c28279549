package io.tenflowers.bench.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How much a metric changed between two runs: the ratio of the medians of the fork means,
 * {@code r = median(new) / median(old)}, with a percentile-bootstrap confidence interval that
 * resamples whole forks on each side (forks are the independent units). A change of {@code r − 1}
 * is reported; for a throughput {@code −0.2} means 20 % fewer operations per second.
 *
 * <p>The bootstrap is seeded, so the same samples always give the same interval.
 *
 * @param ratio the point estimate {@code median(new) / median(old)}
 * @param low   lower bound of the interval of the ratio
 * @param high  upper bound of the interval of the ratio
 */
public record ChangeEstimate(double ratio, double low, double high) {
    /** Bootstrap resamples: enough for stable 95 % percentile bounds at the resolution reported. */
    static final int RESAMPLES = 2000;
    private static final long SEED = 0x7E4F10E5L;

    /**
     * @param old        fork means of the old run (≥ 1, all positive)
     * @param current    fork means of the new run (≥ 1, all positive)
     * @param confidence e.g. 0.95
     * @return the ratio and its interval
     */
    public static ChangeEstimate of(double[] old, double[] current, double confidence) {
        double ratio = median(current) / median(old);
        SplittableRandom random = new SplittableRandom(SEED);
        double[] ratios = new double[RESAMPLES];
        double[] a = new double[old.length];
        double[] b = new double[current.length];
        for (int r = 0; r < RESAMPLES; r++) {
            resample(old, a, random);
            resample(current, b, random);
            ratios[r] = median(b) / median(a);
        }
        Arrays.sort(ratios);
        double tail = (1 - confidence) / 2;
        return new ChangeEstimate(ratio, quantile(ratios, tail), quantile(ratios, 1 - tail));
    }

    /** @return the relative change of the point estimate, {@code ratio − 1} */
    public double change() {
        return ratio - 1;
    }

    /**
     * @param values a sample (not modified)
     * @return its median (the mean of the two middle values for an even count)
     */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void resample(double[] from, double[] into, SplittableRandom random) {
        for (int i = 0; i < into.length; i++) {
            into[i] = from[random.nextInt(from.length)];
        }
    }

    /** Linear interpolation between order statistics (type 7, as NumPy's default). */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
