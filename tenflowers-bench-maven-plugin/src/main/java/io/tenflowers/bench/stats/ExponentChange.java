package io.tenflowers.bench.stats;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * How the scaling exponent of a size sweep changed between two runs: {@code b} is the least-squares
 * slope of {@code ln score = a + b·ln x} over the sweep's points (each point's score the median of
 * its fork means), and the interval of {@code Δb = b_new − b_old} comes from a percentile bootstrap
 * that resamples the forks of every point on each side. An exponent moving from −1 (throughput
 * falls linearly with the size) to −1.3 is a regression even when the small sizes got faster.
 *
 * @param before the old run's exponent
 * @param after  the new run's exponent
 * @param low    lower bound of the interval of {@code after − before}
 * @param high   upper bound of that interval
 */
public record ExponentChange(double before, double after, double low, double high) {
    private static final long SEED = 0x5CA1E5L;

    /**
     * @param before     fork means per parameter value of the old run (the same values as {@code after})
     * @param after      fork means per parameter value of the new run
     * @param confidence e.g. 0.95
     * @return the exponents and the interval of their difference
     */
    public static ExponentChange of(Map<Double, double[]> before, Map<Double, double[]> after, double confidence) {
        TreeMap<Double, double[]> a = new TreeMap<>(before);
        TreeMap<Double, double[]> b = new TreeMap<>(after);
        double[] u = a.keySet().stream().mapToDouble(Math::log).toArray();
        double bBefore = slope(u, a, null);
        double bAfter = slope(u, b, null);
        SplittableRandom random = new SplittableRandom(SEED);
        double[] deltas = new double[ChangeEstimate.RESAMPLES];
        for (int r = 0; r < deltas.length; r++) {
            deltas[r] = slope(u, b, random) - slope(u, a, random);
        }
        java.util.Arrays.sort(deltas);
        double tail = (1 - confidence) / 2;
        return new ExponentChange(bBefore, bAfter, deltas[(int) Math.floor(tail * (deltas.length - 1))],
                deltas[(int) Math.ceil((1 - tail) * (deltas.length - 1))]);
    }

    /** @return {@code after − before} */
    public double delta() {
        return after - before;
    }

    /** The slope over the points' log medians; with a random source, of resampled forks. */
    private static double slope(double[] u, TreeMap<Double, double[]> points, SplittableRandom random) {
        double[] v = new double[u.length];
        int i = 0;
        for (double[] forks : points.values()) {
            double[] sample = forks;
            if (random != null) {
                sample = new double[forks.length];
                for (int k = 0; k < forks.length; k++) {
                    sample[k] = forks[random.nextInt(forks.length)];
                }
            }
            v[i++] = Math.log(ChangeEstimate.median(sample));
        }
        return ScalingFit.leastSquares(u, v)[0];
    }
}
