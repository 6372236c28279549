package io.tenflowers.bench.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * How far a metric can move between two runs of unchanged code on one machine, predicted from a few
 * such runs. The runs' medians are taken on a log scale, {@code x_i = ln m_i}, with sample standard
 * deviation {@code s} over {@code n} runs. The difference of two future runs, {@code x_B − x_A}, has
 * standard deviation {@code √2·σ}; a two-sided prediction bound with coverage {@code q} is
 * {@code t(q, n−1) · √2 · s · √(1 + 1/n)}, and the band is its relative size,
 * {@code exp(bound) − 1}. With 4 runs and q = 0.99, t = 5.84: few runs give a wide band, as they
 * should — their spread says little about the next sitting's.
 *
 * <p>Why not the largest move seen: measured on this project's machines, the largest move among 4
 * runs under-estimated the moves of the next runs by a factor of 2–5 (the Benchmarking page).
 */
public final class RunToRunNoise {
    private RunToRunNoise() {
    }

    /**
     * @param medians  the metric's median in each run (≥ 2 runs, all positive)
     * @param coverage e.g. 0.99: the share of unchanged pairs whose move stays inside the band
     * @return the band, relative (0.25 = a move of up to 25 % is noise)
     */
    public static double band(double[] medians, double coverage) {
        int n = medians.length;
        if (n < 2) {
            throw new IllegalArgumentException("a band needs at least 2 runs, got " + n);
        }
        double[] logs = new double[n];
        for (int i = 0; i < n; i++) {
            logs[i] = Math.log(medians[i]);
        }
        double s = SampleSpread.of(logs).standardDeviation();
        double t = TDistribution.of(n - 1).inverseSurvivalProbability((1 - coverage) / 2);
        return Math.expm1(t * Math.sqrt(2) * s * Math.sqrt(1 + 1.0 / n));
    }
}
