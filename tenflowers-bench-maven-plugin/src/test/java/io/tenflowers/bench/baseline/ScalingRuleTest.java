package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.BaselineDocument.SavedBenchmark;
import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;
import io.tenflowers.bench.stats.ExponentChange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.tenflowers.bench.baseline.Fixtures.HERE;
import static io.tenflowers.bench.baseline.Fixtures.forks;
import static io.tenflowers.bench.baseline.Fixtures.result;
import static io.tenflowers.bench.baseline.Fixtures.results;
import static io.tenflowers.bench.baseline.Fixtures.savedRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScalingRuleTest {
    private static final int[] BATCHES = {1, 8, 32, 128};

    /** Throughput ∝ batch^exponent, scaled so that batch 1 reads {@code atOne}. */
    private static List<ResultsDocument.Benchmark> sweep(double exponent, double atOne, long seed) {
        List<ResultsDocument.Benchmark> points = new ArrayList<>();
        for (int batch : BATCHES) {
            points.add(result("S.scalability.classifier[batch=" + batch + "]", "ops/s",
                    forks(8, atOne * Math.pow(batch, exponent), 0.03, seed + batch), Map.of()));
        }
        return points;
    }

    private static List<SavedBenchmark> saved(List<ResultsDocument.Benchmark> sweep) {
        return sweep.stream().map(b -> Fixtures.saved(b.id(), b.unit(), b.samples(), null, Map.of())).toList();
    }

    private static Judgement judge(List<ResultsDocument.Benchmark> before, List<ResultsDocument.Benchmark> after) {
        List<Judgement> judgements = new ScalingRule(GateSettings.defaults()).judge(
                results("gate", "release", HERE, after), savedRun("gate", "release", HERE, saved(before)));
        assertEquals(1, judgements.size());
        return judgements.get(0);
    }

    @Test
    void linearTurningSuperLinearRegressesEvenWhenTheSmallestSizeGotFaster() {
        Judgement j = judge(sweep(-1.0, 1000, 1), sweep(-1.3, 1200, 2));
        assertEquals(Verdict.REGRESSED, j.verdict(), j.toString());
        assertEquals("exponent:batch", j.metric());
        assertEquals("S.scalability.classifier", j.id());
        assertEquals(-1.0, j.baseline(), 0.02);
        assertEquals(-1.3, j.current(), 0.02);
        assertTrue(j.changeHigh() < -0.15, j.toString());
    }

    @Test
    void theSameScalingWithNoiseIsNoChangeAndAGentlerOneImproves() {
        assertEquals(Verdict.NO_CHANGE, judge(sweep(-1.0, 1000, 1), sweep(-1.0, 900, 3)).verdict());
        assertEquals(Verdict.IMPROVED, judge(sweep(-1.3, 1000, 1), sweep(-1.0, 1000, 4)).verdict());
    }

    @Test
    void aSmallMoveWithinTheToleranceIsNoChange() {
        assertEquals(Verdict.NO_CHANGE, judge(sweep(-1.0, 1000, 1), sweep(-1.08, 1000, 5)).verdict());
    }

    @Test
    void theExponentIntervalHoldsTheTrueChange() {
        Map<Double, double[]> before = new java.util.TreeMap<>();
        Map<Double, double[]> after = new java.util.TreeMap<>();
        for (int batch : BATCHES) {
            before.put((double) batch, new double[]{1000 / (double) batch, 1010 / (double) batch, 990 / (double) batch});
            after.put((double) batch, new double[]{1000 / Math.pow(batch, 1.2), 1010 / Math.pow(batch, 1.2),
                    990 / Math.pow(batch, 1.2)});
        }
        ExponentChange change = ExponentChange.of(before, after, 0.95);
        assertEquals(-0.2, change.delta(), 1e-9);
        assertTrue(change.low() <= -0.2 && -0.2 <= change.high(), change.toString());
    }
}
