package io.tenflowers.bench.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the relative rule judges: a benchmark's metric REGRESSES when its change is significant at
 * family-wise level {@code alpha} after Holm's adjustment over every judged metric of the run, and
 * the change of its median is worse than its threshold. The threshold of a metric is the first of:
 * a per-benchmark override (regex on the id), a per-metric override (e.g. {@code gc.alloc.rate.norm},
 * nearly deterministic, gets a tight one), the default; then widened to
 * {@code bandFactor × noise band} when the baseline learned a larger band for it.
 *
 * @param alpha               family-wise error rate (default 0.01)
 * @param threshold           default relative threshold (default 0.10)
 * @param benchmarkThresholds regex on ids → threshold
 * @param metricThresholds    metric name → threshold ({@code score} for the primary metric)
 * @param bandFactor          k in {@code max(configured, k × band)} (default 1)
 * @param confidence          level of the reported intervals (default 0.95)
 * @param acrossMachines      judge results from another machine than the baseline's anyway
 * @param exponentTolerance   how far a sweep's scaling exponent may move (absolute) before the
 *                            whole interval beyond it counts (default 0.15)
 */
public record GateSettings(double alpha, double threshold, Map<Pattern, Double> benchmarkThresholds,
                           Map<String, Double> metricThresholds, double bandFactor, double confidence,
                           boolean acrossMachines, double exponentTolerance) {
    /** Allocated bytes per operation barely move between unchanged runs: a tight tolerance. */
    public static final Map<String, Double> DEFAULT_METRIC_THRESHOLDS = Map.of("gc.alloc.rate.norm", 0.05);
    /**
     * The band is already a 99 % prediction bound of the move between two unchanged runs
     * ({@link NoiseBands}), so it is used as it is.
     */
    public static final double DEFAULT_BAND_FACTOR = 1.0;
    /**
     * Linear work (exponent −1 for a throughput) turning to work growing with the size's 1.15th power
     * is worth stopping a release for; smaller moves are within what fitting a few noisy points gives.
     */
    public static final double DEFAULT_EXPONENT_TOLERANCE = 0.15;

    public GateSettings {
        benchmarkThresholds = new LinkedHashMap<>(benchmarkThresholds);
        Map<String, Double> metrics = new LinkedHashMap<>(DEFAULT_METRIC_THRESHOLDS);
        metrics.putAll(metricThresholds);
        metricThresholds = metrics;
    }

    /** @return the defaults: α 0.01, 10 %, k 1, 95 % intervals, same machine only, exponent ±0.15 */
    public static GateSettings defaults() {
        return new GateSettings(0.01, 0.10, Map.of(), Map.of(), DEFAULT_BAND_FACTOR, 0.95, false,
                DEFAULT_EXPONENT_TOLERANCE);
    }

    /**
     * @param id     benchmark id
     * @param metric {@code score} or a secondary metric
     * @param band   the learned noise band, or null
     * @return the effective threshold and where it came from
     */
    public Threshold thresholdFor(String id, String metric, Double band) {
        double configured = threshold;
        String source = "default";
        Double byMetric = metricThresholds.get(metric);
        if (byMetric != null) {
            configured = byMetric;
            source = "metric";
        }
        for (Map.Entry<Pattern, Double> entry : benchmarkThresholds.entrySet()) {
            if (entry.getKey().matcher(id).matches()) {
                configured = entry.getValue();
                source = "benchmark";
                break;
            }
        }
        if (band != null && bandFactor * band > configured) {
            return new Threshold(bandFactor * band, "noise band");
        }
        return new Threshold(configured, source);
    }

    /**
     * @param value  relative threshold
     * @param source {@code default}, {@code metric}, {@code benchmark} or {@code noise band}
     */
    public record Threshold(double value, String source) {
    }
}
