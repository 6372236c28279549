package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.ResultsDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.tenflowers.bench.baseline.Fixtures.HERE;
import static io.tenflowers.bench.baseline.Fixtures.result;
import static io.tenflowers.bench.baseline.Fixtures.results;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareGateTest {
    private static List<List<Double>> forks(double... means) {
        List<List<Double>> samples = new ArrayList<>();
        for (double mean : means) {
            samples.add(List.of(mean, mean));
        }
        return samples;
    }

    private static ResultsDocument ref(List<ResultsDocument.Benchmark> benchmarks) {
        ResultsDocument.Run run = new ResultsDocument.Run("run-ref", "2026-12-03T08:00:00Z", 60,
                new ResultsDocument.Git("0123456789abcdef", false), new ResultsDocument.Project("g", "a", "1"), null,
                "1.37", null, null, null, HERE, "release", "all", "none", "", 10, 1, 3, "500ms", List.of(),
                List.of("gc"), null, null, Map.of());
        return new ResultsDocument(ResultsDocument.SCHEMA_VERSION, run, benchmarks,
                new ResultsDocument.Derived(List.of(), List.of()), List.of());
    }

    @Test
    void aRegressionIsSaidAsCheckBaselineSaysItAndTheDocumentNamesBothRuns() {
        double[] drift = {1.0, 0.7, 1.3, 0.9, 1.1, 0.8, 1.2, 1.0, 0.6, 1.4};
        double[] before = new double[10];
        double[] after = new double[10];
        for (int i = 0; i < 10; i++) {
            before[i] = 100 * drift[i];
            after[i] = 80 * drift[i] * (1 + 0.001 * i);
        }
        GateSettings settings = new GateSettings(0.01, 0.05, Map.of(), Map.of(), 1, 0.95, false, 0.15);
        BaselineGate.Outcome outcome = new CompareGate(settings).judge(
                results("none", "release", HERE, List.of(result("S.add", "ops/s", forks(after), Map.of()))),
                ref(List.of(result("S.add", "ops/s", forks(before), Map.of()))), "main", "/out/ref/results.json");

        assertEquals("Compare of the working tree (run run-new) with main (commit 0123456, run run-ref), measured in "
                + "one sitting: 10 pair(s) of interleaved forks per benchmark, Wilcoxon signed-rank test over the "
                + "ratios of neighbouring forks, α 0.01 with Holm's adjustment over 1 comparison(s), default threshold "
                + "5 %, intervals 95 %.", outcome.header());
        assertEquals(1, outcome.violations().size());
        assertTrue(outcome.violations().get(0).startsWith("Rule violated for benchmark S.add: throughput fell 19.6 % "
                + "[95 % CI "), outcome.violations().get(0));
        assertTrue(outcome.violations().get(0).endsWith("(p = 0.002, adjusted 0.002; threshold 5 %, from default)"),
                outcome.violations().get(0));
        assertEquals("Compare with main: 1 judged: 1 regressed, 0 improved, 0 unchanged, 0 insufficient data; 0 new, "
                + "0 missing, 0 not judged.", outcome.summary());
        assertTrue(outcome.table().get(0).contains("main") && outcome.table().get(0).contains("working tree"),
                outcome.table().get(0));
        assertTrue(outcome.failed());
        assertEquals("compare", outcome.document().kind());
        assertEquals("run-new", outcome.document().resultsRunId());
        assertEquals("run-ref", outcome.document().baselineRunId());
        assertEquals("/out/ref/results.json", outcome.document().baselineFile());
    }

    @Test
    void equalSidesPass() {
        double[] same = {100, 70, 130, 90, 110, 80, 120, 100, 60, 140};
        BaselineGate.Outcome outcome = new CompareGate(GateSettings.defaults()).judge(
                results("none", "release", HERE, List.of(result("S.add", "ops/s", forks(same), Map.of()))),
                ref(List.of(result("S.add", "ops/s", forks(same), Map.of()))), "HEAD", "ref.json");
        assertFalse(outcome.failed());
        assertTrue(outcome.violations().isEmpty());
        assertEquals(1, outcome.document().counts().get("NO_CHANGE"));
    }
}
