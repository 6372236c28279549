package io.tenflowers.bench.model;

import java.util.List;
import java.util.Map;

/**
 * {@code baseline.json}: what the {@code check-baseline} gate compares a run with. Two kinds of
 * entries: saved runs (the raw samples of an earlier run on a known machine, for the relative
 * rule) and absolute floors ("expected throughput ≥ N ops/s", for every machine). Written by
 * {@code save-baseline}, committed with the project. Its JSON Schema is
 * {@code io/tenflowers/bench/baseline.schema.json} in the plugin's jar.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param floors        absolute limits, kept across saves
 * @param runs          saved runs, newest last; at most one per machine fingerprint, config and preset
 */
public record BaselineDocument(int schemaVersion, List<Floor> floors, List<SavedRun> runs) {
    /** Version of this schema. */
    public static final int SCHEMA_VERSION = 1;

    public BaselineDocument {
        floors = floors == null ? List.of() : List.copyOf(floors);
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    /**
     * An absolute limit on one metric of the benchmarks it names.
     *
     * @param benchmark a benchmark id ({@code Suite.group.name[k=v]}) or a regex matched against ids
     *                  with {@code matches()}
     * @param metric    {@code score} (the primary metric) or a secondary metric's name
     * @param minimum   the lowest acceptable value, or null
     * @param maximum   the highest acceptable value, or null
     * @param unit      the unit the limit is written in; results in another unit are not judged
     * @param reason    why this limit exists (shown when it is violated)
     */
    public record Floor(String benchmark, String metric, Double minimum, Double maximum, String unit,
                        String reason) {
    }

    /**
     * The samples of one earlier run, and what makes another run comparable with it.
     *
     * @param runId              the saved run's id
     * @param savedAt            when it was saved (ISO-8601)
     * @param commit             its git commit, or null
     * @param machineFingerprint the machine it ran on
     * @param jvm                the forks' JVM
     * @param config             its configuration
     * @param preset             its preset ({@code none} when the annotations ruled)
     * @param runLength          which settings ruled, in words
     * @param benchmarks         its benchmarks
     */
    public record SavedRun(String runId, String savedAt, String commit, ResultsDocument.Fingerprint machineFingerprint,
                           ResultsDocument.Jvm jvm, String config, String preset, String runLength,
                           List<SavedBenchmark> benchmarks) {
        public SavedRun {
            benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
        }
    }

    /**
     * @param id        stable id
     * @param unit      the primary metric's unit
     * @param direction {@code higher}, {@code lower} or {@code none}
     * @param score     the primary score
     * @param samples   {@code samples[fork][iteration]} of the primary metric
     * @param noiseBand how far this benchmark's median moved between unchanged runs on this machine
     *                  (relative, e.g. 0.06), learned from repeated runs; null when not learned
     * @param secondary secondary metrics by name
     */
    public record SavedBenchmark(String id, String unit, String direction, Double score, List<List<Double>> samples,
                                 Double noiseBand, Map<String, SavedMetric> secondary) {
    }

    /**
     * @param unit      unit
     * @param direction {@code higher}, {@code lower} or {@code none}
     * @param score     score
     * @param samples   {@code samples[fork][iteration]}
     * @param noiseBand as for the primary metric, or null
     */
    public record SavedMetric(String unit, String direction, Double score, List<List<Double>> samples,
                              Double noiseBand) {
    }
}
