package io.tenflowers.bench.report.chart;

import java.util.List;

/**
 * One benchmark swept over a size in a {@link ScalingChart}.
 *
 * @param name     the legend's name, e.g. {@code matmul}
 * @param points   the measured sizes, in any order
 * @param exponent the scaling exponent {@code b} of {@code score ∝ size^b} to show in the legend
 *                 (e.g. from {@code results.json}), or null to show the chart's own fit
 */
public record ScalingSeries(String name, List<ScalingPoint> points, Double exponent) {
}
