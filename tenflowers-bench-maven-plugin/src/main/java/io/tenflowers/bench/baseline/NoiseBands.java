package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.stats.ChangeEstimate;
import io.tenflowers.bench.stats.ForkMeans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a benchmark's median moves between runs of unchanged code on one machine: the learned
 * noise band. For each metric, over the runs that have it: {@code band = max over runs of
 * |median_run / median of the run medians − 1|} — the largest relative move seen. The gate widens a
 * metric's threshold to {@code k × band} ({@link GateSettings#bandFactor()}) where that is larger.
 * Keys are benchmark ids (primary metric) and {@code id#metric} (secondary ones).
 */
public final class NoiseBands {
    /** Fewer runs say little about between-run noise. */
    public static final int MINIMUM_RUNS = 3;

    private NoiseBands() {
    }

    /**
     * @param runs comparable runs (same machine, config and preset)
     * @return the bands of every metric present in at least {@link #MINIMUM_RUNS} runs; empty with fewer runs
     */
    public static Map<String, Double> learn(List<ResultsDocument> runs) {
        Map<String, List<Double>> medians = new LinkedHashMap<>();
        for (ResultsDocument run : runs) {
            for (ResultsDocument.Benchmark b : run.benchmarks()) {
                add(medians, b.id(), b.samples());
                if (b.secondary() != null) {
                    b.secondary().forEach((name, metric) -> add(medians, b.id() + "#" + name, metric.samples()));
                }
            }
        }
        Map<String, Double> bands = new LinkedHashMap<>();
        medians.forEach((key, values) -> {
            if (values.size() >= MINIMUM_RUNS) {
                double centre = ChangeEstimate.median(values.stream().mapToDouble(Double::doubleValue).toArray());
                if (centre > 0) {
                    double band = 0;
                    for (double value : values) {
                        band = Math.max(band, Math.abs(value / centre - 1));
                    }
                    bands.put(key, band);
                }
            }
        });
        return bands;
    }

    private static void add(Map<String, List<Double>> medians, String key, List<List<Double>> samples) {
        double[] forks = ForkMeans.of(samples);
        if (forks.length > 0) {
            medians.computeIfAbsent(key, k -> new ArrayList<>()).add(ChangeEstimate.median(forks));
        }
    }
}
