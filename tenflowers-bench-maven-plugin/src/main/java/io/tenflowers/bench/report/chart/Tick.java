package io.tenflowers.bench.report.chart;

/**
 * A tick of an axis.
 *
 * @param value the data value at the tick
 * @param label the text under (or beside) it, or null for an unlabelled tick
 * @param major whether it is a major tick (full grid line) or a minor one (faint)
 */
record Tick(double value, String label, boolean major) {
}
