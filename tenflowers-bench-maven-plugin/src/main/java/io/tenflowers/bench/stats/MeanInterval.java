package io.tenflowers.bench.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A confidence interval of a benchmark's score with forks as the independent units: the mean of the
 * fork means {@code x̄} ± {@code t(1 − (1 − c)/2, n − 1) · s / √n}, where {@code s} is the sample
 * standard deviation of the {@code n} fork means. JMH's own error treats every iteration as
 * independent, which is too narrow when forks disagree (they share no JIT outcome; iterations do).
 *
 * @param mean the mean of the fork means
 * @param low  lower bound
 * @param high upper bound
 */
public record MeanInterval(double mean, double low, double high) {

    /**
     * @param forkMeans  one mean per fork (at least 2)
     * @param confidence the interval's level, e.g. 0.95
     * @return the interval
     * @throws IllegalArgumentException with fewer than 2 fork means: one fork has no spread to speak of
     */
    public static MeanInterval of(double[] forkMeans, double confidence) {
        int n = forkMeans.length;
        if (n < 2) {
            throw new IllegalArgumentException("an interval over forks needs at least 2 forks, got " + n);
        }
        SampleSpread spread = SampleSpread.of(forkMeans);
        double mean = spread.mean();
        double standardError = spread.standardDeviation() / Math.sqrt(n);
        double t = TDistribution.of(n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return new MeanInterval(mean, mean - t * standardError, mean + t * standardError);
    }
}
