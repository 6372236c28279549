package io.tenflowers.bench.report.chart;

/**
 * One stored run of a benchmark in a {@link TrendChart}.
 *
 * @param label   the run, e.g. {@code 12-03 09:12 937f9ab} (date, time, commit)
 * @param value   the score, or null when the run has no result for this benchmark (a gap)
 * @param low     the score interval's lower end, or null
 * @param high    the score interval's upper end, or null
 * @param flagged whether the gate flagged this run (drawn as a triangle, tooltip says so)
 */
public record TrendPoint(String label, Double value, Double low, Double high, boolean flagged) {
}
