package io.tenflowers.bench.report.chart;

import io.tenflowers.bench.stats.ScalingFit;

import java.util.List;

/**
 * The straight line through points on log-log axes: least squares of {@code ln y} on {@code ln x},
 * {@code ln y = a + b·ln x}. The slope comes from {@link ScalingFit#leastSquares} (the exponent
 * {@code results.json} reports); the intercept is {@code a = v̄ − b·ū} over the same logarithms.
 *
 * @param slope     {@code b}
 * @param intercept {@code a}
 */
record LogFit(double slope, double intercept) {
    /**
     * @param points positive (x, y) pairs
     * @return the fit, or null when fewer than two distinct x
     */
    static LogFit of(List<double[]> points) {
        double[] u = points.stream().mapToDouble(p -> Math.log(p[0])).toArray();
        double[] v = points.stream().mapToDouble(p -> Math.log(p[1])).toArray();
        if (java.util.Arrays.stream(u).distinct().count() < 2) {
            return null;
        }
        double slope = ScalingFit.leastSquares(u, v)[0];
        double intercept = mean(v) - slope * mean(u);
        return new LogFit(slope, intercept);
    }

    /** @return the fitted {@code y} at {@code x}: {@code e^a · x^b} */
    double at(double x) {
        return Math.exp(intercept + slope * Math.log(x));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
