package io.tenflowers.bench.report;

import io.tenflowers.bench.stats.ForkMeans;
import io.tenflowers.bench.stats.MeanInterval;

import java.util.List;

/**
 * The interval shown with a score: 95 % over fork means (forks are the independent units) when a
 * metric has two forks or more; with one fork, JMH's own 99.9 % error over iterations, labelled so.
 */
final class Intervals {
    static final double CONFIDENCE = 0.95;

    private Intervals() {
    }

    /**
     * @param low    lower bound, or null
     * @param high   upper bound, or null
     * @param source what the interval is, in words
     */
    record Bounds(Double low, Double high, String source) {
        static final Bounds NONE = new Bounds(null, null, "");

        String text() {
            return Formats.interval(Formats.number(low), Formats.number(high));
        }
    }

    static Bounds of(List<List<Double>> samples, Double score, Double jmhError) {
        double[] forks = ForkMeans.of(samples);
        if (forks.length >= 2) {
            MeanInterval interval = MeanInterval.of(forks, CONFIDENCE);
            return new Bounds(interval.low(), interval.high(), "95 % over " + forks.length + " forks");
        }
        if (score != null && jmhError != null && Double.isFinite(jmhError)) {
            return new Bounds(score - jmhError, score + jmhError, "JMH 99.9 % (1 fork)");
        }
        return Bounds.NONE;
    }
}
