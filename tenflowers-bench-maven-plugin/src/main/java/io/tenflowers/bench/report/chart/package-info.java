/**
 * Charts of the HTML report as data: each builder ({@link io.tenflowers.bench.report.chart.IntervalBarChart},
 * {@link io.tenflowers.bench.report.chart.ChangeChart}, {@link io.tenflowers.bench.report.chart.ScalingChart},
 * {@link io.tenflowers.bench.report.chart.TrendChart}) computes every coordinate, tick and label in
 * Java and returns a {@link io.tenflowers.bench.report.chart.Chart}: a list of SVG shapes that the
 * {@code charts.ftlh} macro writes out without any arithmetic. No script, no external request: the
 * page works offline and in print. Coordinates are strings with one decimal formatted with
 * {@link java.util.Locale#ROOT}, so a page reads the same under every default locale.
 *
 * <p>Shared pieces are package-private: scales with "nice" ticks ({@code LinearScale},
 * {@code LogScale}), number and label formatting ({@code Numbers}, {@code Labels}), safe ids and
 * classes ({@code Ids}), the drawing helpers ({@code Canvas}, {@code Axes}, {@code Marker},
 * {@code Plot}, {@code Style}), the "no data" chart ({@code NoData}) and the log-log line fit
 * ({@code LogFit}, over {@code stats.ScalingFit}).
 */
package io.tenflowers.bench.report.chart;
