package io.tenflowers.bench.report.chart;

/**
 * One measured size of a {@link ScalingSeries}.
 *
 * @param x    the size (the swept parameter), positive
 * @param y    the score at that size, positive
 * @param low  the score interval's lower end, or null
 * @param high the score interval's upper end, or null
 */
public record ScalingPoint(double x, double y, Double low, Double high) {
}
