package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.BaselineDocument.SavedBenchmark;
import io.tenflowers.bench.model.BaselineDocument.SavedMetric;
import io.tenflowers.bench.model.BaselineDocument.SavedRun;
import io.tenflowers.bench.model.Direction;
import io.tenflowers.bench.model.ResultsDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Runs and saved runs made of chosen fork means, for the gate's tests. */
final class Fixtures {
    static final ResultsDocument.Fingerprint HERE = new ResultsDocument.Fingerprint("here", 2, 24L, "CPU", "Linux",
            "amd64", "V", 17);
    static final ResultsDocument.Fingerprint ELSEWHERE = new ResultsDocument.Fingerprint("elsewhere", 4, 16L, "CPU2",
            "Linux", "amd64", "V", 17);

    private Fixtures() {
    }

    /** @return {@code forks} forks of 3 iterations each around {@code centre}, spread ±{@code spread} (seeded) */
    static List<List<Double>> forks(int forks, double centre, double spread, long seed) {
        Random random = new Random(seed);
        List<List<Double>> samples = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double forkMean = centre * (1 + spread * (2 * random.nextDouble() - 1));
            samples.add(List.of(forkMean * 0.99, forkMean, forkMean * 1.01));
        }
        return samples;
    }

    static ResultsDocument.Benchmark result(String id, String unit, List<List<Double>> samples,
                                            Map<String, ResultsDocument.Metric> secondary) {
        double score = samples.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).average().orElse(0);
        return new ResultsDocument.Benchmark(id, "x." + id, Map.of(), "thrpt", unit, Direction.ofUnit(unit).id(),
                score, null, samples, null, secondary, samples.size(), 1, 3, "500 ms", List.of());
    }

    static ResultsDocument.Metric metric(String unit, List<List<Double>> samples) {
        return new ResultsDocument.Metric(unit, Direction.ofUnit(unit).id(), samples.get(0).get(0), null, samples);
    }

    static ResultsDocument results(String preset, String config, ResultsDocument.Fingerprint fingerprint,
                                   List<ResultsDocument.Benchmark> benchmarks) {
        ResultsDocument.Run run = new ResultsDocument.Run("run-new", "2026-12-03T08:00:00Z", 60, new ResultsDocument.Git(
                "abc", false), new ResultsDocument.Project("g", "a", "1"), null, "1.37", null, null, null, fingerprint,
                config, "all", preset, "preset " + preset, 8, 1, 3, "500ms", List.of(), List.of("gc"), null, null,
                Map.of());
        return new ResultsDocument(ResultsDocument.SCHEMA_VERSION, run, benchmarks,
                new ResultsDocument.Derived(List.of(), List.of()), List.of());
    }

    static SavedBenchmark saved(String id, String unit, List<List<Double>> samples, Double band,
                                Map<String, SavedMetric> secondary) {
        return new SavedBenchmark(id, unit, Direction.ofUnit(unit).id(), samples.get(0).get(0), samples, band,
                secondary);
    }

    static SavedRun savedRun(String preset, String config, ResultsDocument.Fingerprint fingerprint,
                             List<SavedBenchmark> benchmarks) {
        return new SavedRun("run-old", "2026-12-01T00:00:00Z", "def", fingerprint, null, config, preset,
                "preset " + preset, benchmarks);
    }
}
