package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.stats.ChangeEstimate;
import io.tenflowers.bench.stats.RunToRunNoise;
import io.tenflowers.bench.stats.ForkMeans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a benchmark's median moves between runs of unchanged code on one machine: the learned
 * noise band, a 99 % prediction bound of the move between two runs ({@link RunToRunNoise}) from the
 * medians of fork means of the comparable runs in the history. The gate widens a metric's threshold
 * to {@code k × band} ({@link GateSettings#bandFactor()}, 1 by default) where that is larger. Keys
 * are benchmark ids (primary metric) and {@code id#metric} (secondary ones).
 */
public final class NoiseBands {
    /** Fewer runs say little about between-run noise. */
    public static final int MINIMUM_RUNS = 3;
    /** The share of unchanged pairs whose move stays inside the band. */
    public static final double COVERAGE = 0.99;

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
            if (values.size() >= MINIMUM_RUNS && values.stream().allMatch(v -> v > 0)) {
                bands.put(key, RunToRunNoise.band(values.stream().mapToDouble(Double::doubleValue).toArray(),
                        COVERAGE));
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
