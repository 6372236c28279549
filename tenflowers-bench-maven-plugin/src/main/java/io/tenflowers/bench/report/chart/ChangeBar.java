package io.tenflowers.bench.report.chart;

/**
 * One row of a {@link ChangeChart}: a benchmark's change against the baseline. Changes are
 * relative and signed so that positive is better (faster, or less memory): 0.12 is 12 % better,
 * −0.3 is 30 % worse, whatever the benchmark's unit and direction.
 *
 * @param label   the benchmark
 * @param change  the estimated change; NaN when there is none (a new or missing benchmark): the row
 *                then shows only its verdict
 * @param low     the change interval's lower end, or null
 * @param high    the change interval's upper end, or null
 * @param band    the effective threshold of the gate for this benchmark (0.10 for ±10 %): the
 *                noise band it tolerates, shaded as {@code [−band, +band]} on the row
 * @param verdict one of {@code regressed}, {@code improved}, {@code unchanged}, {@code insufficient},
 *                {@code new}, {@code missing}, {@code not-judged}: the bar's CSS class and the word in
 *                its tooltip and beside the row
 */
public record ChangeBar(String label, double change, Double low, Double high, double band, String verdict) {
}
