package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.tenflowers.bench.baseline.Fixtures.HERE;
import static io.tenflowers.bench.baseline.Fixtures.forks;
import static io.tenflowers.bench.baseline.Fixtures.metric;
import static io.tenflowers.bench.baseline.Fixtures.result;
import static io.tenflowers.bench.baseline.Fixtures.results;
import static io.tenflowers.bench.baseline.Fixtures.saved;
import static io.tenflowers.bench.baseline.Fixtures.savedRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelativeRuleTest {
    private static List<Judgement> judge(GateSettings settings, List<ResultsDocument.Benchmark> now,
                                         List<io.tenflowers.bench.model.BaselineDocument.SavedBenchmark> before) {
        return new RelativeRule(settings).judge(results("gate", "release", HERE, now),
                savedRun("gate", "release", HERE, before));
    }

    private static Judgement only(List<Judgement> judgements, String id, String metric) {
        return judgements.stream().filter(j -> j.id().equals(id) && j.metric().equals(metric)).findFirst()
                .orElseThrow();
    }

    @Test
    void aRealSlowdownRegressesAndNoiseDoesNot() {
        List<Judgement> judgements = judge(GateSettings.defaults(),
                List.of(result("S.slow", "ops/s", forks(8, 80, 0.03, 1), Map.of()),
                        result("S.same", "ops/s", forks(8, 100, 0.03, 2), Map.of())),
                List.of(saved("S.slow", "ops/s", forks(8, 100, 0.03, 3), null, Map.of()),
                        saved("S.same", "ops/s", forks(8, 100, 0.03, 4), null, Map.of())));
        Judgement slow = only(judgements, "S.slow", "score");
        assertEquals(Verdict.REGRESSED, slow.verdict());
        assertTrue(slow.change() < -0.15 && slow.change() > -0.25, slow.toString());
        assertTrue(slow.changeLow() <= slow.change() && slow.change() <= slow.changeHigh(), slow.toString());
        assertTrue(slow.adjustedPValue() <= 0.01 && slow.adjustedPValue() >= slow.pValue(), slow.toString());
        assertEquals("default", slow.thresholdSource());
        assertEquals(Verdict.NO_CHANGE, only(judgements, "S.same", "score").verdict());
    }

    @Test
    void aSignificantChangeWithinTheThresholdIsNoChange() {
        List<Judgement> judgements = judge(GateSettings.defaults(),
                List.of(result("S.a", "ops/s", forks(8, 95, 0.005, 1), Map.of())),
                List.of(saved("S.a", "ops/s", forks(8, 100, 0.005, 2), null, Map.of())));
        Judgement a = only(judgements, "S.a", "score");
        assertTrue(a.adjustedPValue() <= 0.01, a.toString());
        assertEquals(Verdict.NO_CHANGE, a.verdict());
    }

    @Test
    void fasterIsImprovedAndDirectionComesFromTheUnit() {
        List<Judgement> judgements = judge(GateSettings.defaults(),
                List.of(result("S.fast", "ops/s", forks(8, 130, 0.02, 1), Map.of()),
                        result("S.time", "us/op", forks(8, 130, 0.02, 2), Map.of())),
                List.of(saved("S.fast", "ops/s", forks(8, 100, 0.02, 3), null, Map.of()),
                        saved("S.time", "us/op", forks(8, 100, 0.02, 4), null, Map.of())));
        assertEquals(Verdict.IMPROVED, only(judgements, "S.fast", "score").verdict());
        assertEquals(Verdict.REGRESSED, only(judgements, "S.time", "score").verdict(), "more time per op is worse");
    }

    @Test
    void allocatedBytesGateWithATightTolerance() {
        List<Judgement> judgements = judge(GateSettings.defaults(),
                List.of(result("S.a", "ops/s", forks(8, 100, 0.02, 1),
                        Map.of("gc.alloc.rate.norm", metric("B/op", forks(8, 1070, 0.001, 5))))),
                List.of(saved("S.a", "ops/s", forks(8, 100, 0.02, 2), null,
                        Map.of("gc.alloc.rate.norm", new io.tenflowers.bench.model.BaselineDocument.SavedMetric("B/op",
                                "lower", 1000.0, forks(8, 1000, 0.001, 6), null)))));
        Judgement bytes = only(judgements, "S.a", "gc.alloc.rate.norm");
        assertEquals(0.05, bytes.threshold(), 0);
        assertEquals("metric", bytes.thresholdSource());
        assertEquals(Verdict.REGRESSED, bytes.verdict(), bytes.toString());
    }

    @Test
    void aLearnedNoiseBandWidensTheThresholdAndSaysSo() {
        List<Judgement> judgements = judge(GateSettings.defaults(),
                List.of(result("S.noisy", "ops/s", forks(8, 88, 0.01, 1), Map.of())),
                List.of(saved("S.noisy", "ops/s", forks(8, 100, 0.01, 2), 0.15, Map.of())));
        Judgement noisy = only(judgements, "S.noisy", "score");
        assertEquals(0.15, noisy.threshold(), 1e-12);
        assertEquals("noise band", noisy.thresholdSource());
        assertEquals(Verdict.NO_CHANGE, noisy.verdict(), "12 % is inside a 15 % band");
    }

    @Test
    void aBenchmarkOverrideWinsOverTheMetricAndTheDefault() {
        GateSettings settings = new GateSettings(0.01, 0.10, Map.of(Pattern.compile("S\\.tight.*"), 0.02), Map.of(),
                1.5, 0.95, false, 0.15);
        assertEquals(new GateSettings.Threshold(0.02, "benchmark"), settings.thresholdFor("S.tight[n=1]", "score", null));
        assertEquals(new GateSettings.Threshold(0.10, "default"), settings.thresholdFor("S.other", "score", null));
    }

    @Test
    void tooFewForksAreInsufficientDataNeverAPassOrAFailure() {
        List<Judgement> judgements = judge(GateSettings.defaults(),
                List.of(result("S.a", "ops/s", forks(2, 50, 0.01, 1), Map.of())),
                List.of(saved("S.a", "ops/s", forks(2, 100, 0.01, 2), null, Map.of())));
        Judgement a = only(judgements, "S.a", "score");
        assertEquals(Verdict.INSUFFICIENT_DATA, a.verdict());
        assertNotNull(a.note());
        assertEquals("2 + 2 forks can never reach p ≤ 0.010 (α 0.01 over 1 comparisons); 5 forks per side can",
                a.note());
    }

    @Test
    void benchmarksOnOneSideAreNewOrMissing() {
        List<Judgement> judgements = judge(GateSettings.defaults(),
                List.of(result("S.added", "ops/s", forks(8, 100, 0.01, 1), Map.of())),
                List.of(saved("S.removed", "ops/s", forks(8, 100, 0.01, 2), null, Map.of())));
        assertEquals(Verdict.NEW, only(judgements, "S.added", "score").verdict());
        assertEquals(Verdict.MISSING, only(judgements, "S.removed", "score").verdict());
    }
}
