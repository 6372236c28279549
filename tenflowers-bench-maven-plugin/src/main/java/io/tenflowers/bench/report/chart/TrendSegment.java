package io.tenflowers.bench.report.chart;

/**
 * A stretch of runs between change points in a {@link TrendChart}.
 *
 * @param from  index of its first run (0-based)
 * @param to    index of its last run, inclusive
 * @param level the segment's level (its median score), drawn across it
 */
public record TrendSegment(int from, int to, double level) {
}
