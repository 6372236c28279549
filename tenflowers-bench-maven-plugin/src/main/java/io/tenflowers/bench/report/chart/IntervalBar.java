package io.tenflowers.bench.report.chart;

/**
 * One bar of an {@link IntervalBarChart}.
 *
 * @param label      what the bar measures, e.g. {@code add[size=1000]} (truncated in the drawing when
 *                   long; the tooltip has it whole)
 * @param value      the bar's length in the axis unit
 * @param low        the interval's lower end, or null for no whisker
 * @param high       the interval's upper end, or null for no whisker
 * @param styleClass a CSS class for the bar, e.g. a verdict ({@code regressed}); null for the plain
 *                   bar. {@code regressed} and {@code flagged} also get a marker and say so in the tooltip
 */
public record IntervalBar(String label, double value, Double low, Double high, String styleClass) {
}
