package io.tenflowers.bench.report;

import io.tenflowers.bench.model.BaselineDocument;
import io.tenflowers.bench.model.ComparisonDocument;
import io.tenflowers.bench.model.ComparisonDocument.FloorCheck;
import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fixed, seeded inputs for the report's tests: two categories (one with a hostile benchmark name), a
 * size sweep, memory metrics, a ratio, a failure, a comparison with every verdict and two floors, and
 * a history of six runs with a step and a flagged run.
 */
final class ReportFixtures {
    static final String XSS = "<script>alert(1)</script>";
    static final ResultsDocument.Fingerprint MACHINE = new ResultsDocument.Fingerprint("0123456789abcdef", 2, 24L,
            "AMD EPYC", "Linux", "amd64", "Eclipse Adoptium", 17);

    private ReportFixtures() {
    }

    /** @return forks × 3 iterations around centre, each fork off by up to ±spread (seeded) */
    static List<List<Double>> samples(int forks, double centre, double spread, long seed) {
        Random random = new Random(seed);
        List<List<Double>> samples = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double mean = centre * (1 + spread * (2 * random.nextDouble() - 1));
            samples.add(List.of(mean * 0.98, mean, mean * 1.02));
        }
        return samples;
    }

    static ResultsDocument.Benchmark benchmark(String id, Map<String, String> params, String unit, double centre,
                                               int forks, long seed, Map<String, ResultsDocument.Metric> secondary) {
        List<List<Double>> samples = samples(forks, centre, 0.05, seed);
        double score = samples.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).average().orElseThrow();
        return new ResultsDocument.Benchmark(id, "org.example." + id, new TreeMap<>(params), "thrpt", unit,
                unit.startsWith("ops/") ? "higher" : "lower", score, score * 0.04, samples, null, secondary, forks, 2,
                3, "500 ms", List.of());
    }

    static ResultsDocument.Metric bytes(double centre, int forks, long seed) {
        List<List<Double>> samples = samples(forks, centre, 0.001, seed);
        return new ResultsDocument.Metric("B/op", "lower", centre, 0.5, samples);
    }

    static ResultsDocument results(String runId, String time, String commit, double addCentre) {
        List<ResultsDocument.Benchmark> benchmarks = new ArrayList<>();
        Map<String, ResultsDocument.Metric> addSecondary = new LinkedHashMap<>();
        addSecondary.put("gc.alloc.rate.norm", bytes(4112, 8, 11));
        addSecondary.put("tape.bytes", new ResultsDocument.Metric("B/op", "lower", 8192.0, null, List.of()));
        benchmarks.add(benchmark("Suite.basic.add[size=1000]", Map.of("size", "1000"), "ops/s", addCentre, 8, 1,
                addSecondary));
        benchmarks.add(benchmark("Suite.basic.mul[size=1000]", Map.of("size", "1000"), "ops/s", 391_000, 1, 2,
                Map.of()));
        benchmarks.add(benchmark("Suite.basic." + XSS + "[p=<b>x</b>]", Map.of("p", "<b>x</b>"), "ops/s", 12.5, 8, 3,
                Map.of()));
        for (int n : new int[] {10, 100, 1000}) {
            benchmarks.add(benchmark("Suite.sweep.scale[n=" + n + "]", Map.of("n", Integer.toString(n)), "ops/s",
                    5.0e6 / n, 8, 10 + n, Map.of("gc.alloc.rate.norm", bytes(16.0 * n, 8, 20 + n))));
        }
        ResultsDocument.Run run = new ResultsDocument.Run(runId, time, 372.4, new ResultsDocument.Git(commit, false),
                new ResultsDocument.Project("org.example", "sample", "1.0"), new ResultsDocument.Jvm("/usr/bin/java",
                "Eclipse Adoptium", "17.0.15", "OpenJDK 64-Bit Server VM", "17.0.15+6", 17), "1.37",
                new ResultsDocument.Os("Linux", "6.1", "amd64"), new ResultsDocument.Cpu("AMD EPYC", 2),
                24L << 30, MACHINE, "release", "all", "gate", "preset gate: 8 fork(s) × (2 warm-up + 3 measured) × 500ms",
                8, 2, 3, "500ms", List.of("-Dtenflowers.bench.config=release"), List.of("gc"), null, null,
                new TreeMap<>(Map.of("backend", "vector", "vector.bits", "512")));
        ResultsDocument.Derived derived = new ResultsDocument.Derived(
                List.of(new ResultsDocument.ScalingExponent("Suite.sweep.scale", "n", Map.of(), 3, 10, 1000, -1.002,
                        0.9991)),
                List.of(new ResultsDocument.Ratio("gradient_overhead", "Suite.basic.add[size=1000]",
                        "Suite.basic.mul[size=1000]", "score", 2.4531, 0.0712)));
        return new ResultsDocument(ResultsDocument.SCHEMA_VERSION, run, benchmarks, derived,
                List.of(new ResultsDocument.Failure("Suite.basic.broken", "org.example.Suite.basic.broken", "EXCEPTION",
                        "java.lang.IllegalStateException: shapes [2, 3] and [4] do not broadcast")));
    }

    static ResultsDocument current() {
        return results("20261203T120000Z-aaaa0001", "2026-12-03T12:00:00Z", "1111111aaaaaaa", 780_000);
    }

    static ComparisonDocument comparison(String runId) {
        List<Judgement> verdicts = List.of(
                judgement("Suite.basic.add[size=1000]", "score", "ops/s", "higher", Verdict.REGRESSED, 984_000.0,
                        780_000.0, -0.207, -0.262, -0.151, 0.00016, 0.0021, 0.10, "default", null, ""),
                judgement("Suite.basic.mul[size=1000]", "score", "ops/s", "higher", Verdict.INSUFFICIENT_DATA, 391_000.0,
                        391_000.0, 0.0, null, null, null, null, 0.10, "default", null,
                        "1 fork a side: at least 5 forks a side are needed at α = 0.01"),
                judgement("Suite.basic." + XSS + "[p=<b>x</b>]", "score", "ops/s", "higher", Verdict.NEW, null, 12.5,
                        null, null, null, null, null, 0.10, "default", null, ""),
                judgement("Suite.basic.gone[size=1]", "score", "ops/s", "higher", Verdict.MISSING, 50.0, null, null,
                        null, null, null, null, 0.10, "default", null, ""),
                judgement("Suite.sweep.scale[n=10]", "score", "ops/s", "higher", Verdict.NO_CHANGE, 500_000.0,
                        505_000.0, 0.01, -0.03, 0.05, 0.6, 1.0, 0.12, "noise band", 0.12, ""),
                judgement("Suite.sweep.scale[n=100]", "score", "ops/s", "higher", Verdict.IMPROVED, 40_000.0, 50_000.0,
                        0.25, 0.18, 0.31, 0.00016, 0.0023, 0.10, "default", 0.04, ""),
                judgement("Suite.sweep.scale[n=1000]", "score", "ops/s", "higher", Verdict.NO_CHANGE, 5_000.0, 5_000.0,
                        0.0, -0.05, 0.05, 0.9, 1.0, 0.10, "default", null, ""),
                judgement("Suite.basic.add[size=1000]", "gc.alloc.rate.norm", "B/op", "lower", Verdict.REGRESSED, 4000.0,
                        4112.0, 0.028, 0.027, 0.029, 0.00016, 0.0021, 0.02, "metric", null, ""),
                judgement("Suite.sweep.scale", "exponent:n", "ops/s", "higher", Verdict.NO_CHANGE, -0.998, -1.002,
                        -0.004, -0.04, 0.03, null, null, 0.15, "default", null, ""));
        List<FloorCheck> floors = List.of(
                new FloorCheck("Suite.basic.add[size=1000]", "score", 780_000, "ops/s", 1000.0, null, true,
                        "the seed's regression floor"),
                new FloorCheck("Suite.sweep.scale[n=1000]", "score", 5_000, "ops/s", 10_000.0, null, false,
                        "a sweep step must stay above 10k ops/s"));
        Map<String, Integer> counts = new TreeMap<>(Map.of("REGRESSED", 2, "FLOOR_VIOLATED", 1));
        return new ComparisonDocument(ComparisonDocument.SCHEMA_VERSION, "baseline", runId, "20261201T080000Z-bbbb",
                "benchmarks/baseline.json", null, new ComparisonDocument.Settings(0.01, "holm", 0.10, 1.0, 0.95, false,
                0.15), verdicts, floors, counts, true);
    }

    private static Judgement judgement(String id, String metric, String unit, String direction, Verdict verdict,
                                       Double baseline, Double current, Double change, Double low, Double high,
                                       Double p, Double adjusted, double threshold, String source, Double band,
                                       String note) {
        return new Judgement(id, metric, unit, direction, verdict, baseline, current, change, low, high, p, adjusted,
                threshold, source, band, 8, 8, note.isEmpty() ? null : note);
    }

    /** Six earlier runs: add steps down by 20 % at the fourth; the fifth was flagged by the gate. */
    static List<ReportInputs.HistoryRun> history() {
        List<ReportInputs.HistoryRun> runs = new ArrayList<>();
        double[] add = {990_000, 1_000_000, 985_000, 800_000, 790_000, 805_000};
        for (int i = 0; i < add.length; i++) {
            String runId = "2026120" + (1 + i / 3) + "T0" + i + "0000Z-hist" + i;
            ResultsDocument results = results(runId, "2026-12-0" + (1 + i / 3) + "T0" + i + ":00:00Z",
                    "abcdef" + i + "0000", add[i]);
            ComparisonDocument comparison = i == 4 ? comparison(runId) : null;
            runs.add(new ReportInputs.HistoryRun(results, comparison));
        }
        return runs;
    }

    static BaselineDocument baseline() {
        return new BaselineDocument(BaselineDocument.SCHEMA_VERSION,
                List.of(new BaselineDocument.Floor("Suite.basic.add[size=1000]", "score", 1000.0, null, "ops/s",
                        "the seed's regression floor")), List.of());
    }
}
