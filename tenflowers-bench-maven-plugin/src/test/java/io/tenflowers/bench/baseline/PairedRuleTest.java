package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.tenflowers.bench.baseline.Fixtures.HERE;
import static io.tenflowers.bench.baseline.Fixtures.metric;
import static io.tenflowers.bench.baseline.Fixtures.result;
import static io.tenflowers.bench.baseline.Fixtures.results;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairedRuleTest {
    /**
     * A sitting whose machine drifts by ±40 % from fork to fork, the same for both forks of a pair,
     * with 1 % of noise of each fork's own.
     */
    private static double[] drift(int pairs, long seed) {
        Random random = new Random(seed);
        double[] factors = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            factors[i] = 0.6 + 0.8 * random.nextDouble();
        }
        return factors;
    }

    private static List<List<Double>> side(double[] drift, double centre, long seed) {
        Random random = new Random(seed);
        List<List<Double>> samples = new ArrayList<>();
        for (double factor : drift) {
            double mean = centre * factor * (1 + 0.01 * (2 * random.nextDouble() - 1));
            samples.add(List.of(mean * 0.99, mean, mean * 1.01));
        }
        return samples;
    }

    private static List<Judgement> judge(GateSettings settings, List<ResultsDocument.Benchmark> tree,
                                         List<ResultsDocument.Benchmark> ref) {
        return new PairedRule(settings).judge(results("none", "release", HERE, tree),
                results("none", "release", HERE, ref));
    }

    private static Judgement only(List<Judgement> judgements, String id, String metric) {
        return judgements.stream().filter(j -> j.id().equals(id) && j.metric().equals(metric)).findFirst()
                .orElseThrow();
    }

    @Test
    void aTenPercentSlowdownUnderSharedDriftRegressesWhereUnpairedRanksCannotSeeIt() {
        double[] drift = drift(10, 1);
        List<ResultsDocument.Benchmark> tree = List.of(result("S.slow", "ops/s", side(drift, 90, 2), Map.of()),
                result("S.same", "ops/s", side(drift, 100, 3), Map.of()));
        List<ResultsDocument.Benchmark> ref = List.of(result("S.slow", "ops/s", side(drift, 100, 4), Map.of()),
                result("S.same", "ops/s", side(drift, 100, 5), Map.of()));
        GateSettings settings = new GateSettings(0.01, 0.05, Map.of(), Map.of(), 1, 0.95, false, 0.15);
        List<Judgement> judgements = judge(settings, tree, ref);

        Judgement slow = only(judgements, "S.slow", "score");
        assertEquals(Verdict.REGRESSED, slow.verdict(), slow.toString());
        assertTrue(slow.change() > -0.12 && slow.change() < -0.08, slow.toString());
        assertTrue(slow.changeLow() <= slow.change() && slow.change() <= slow.changeHigh(), slow.toString());
        assertEquals(2.0 / 1024, slow.pValue(), 1e-12, "all 10 pairs slower: the exact test's smallest p");
        assertEquals(Verdict.NO_CHANGE, only(judgements, "S.same", "score").verdict());

        // The same forks, unpaired: the drift swamps the 10 % and the rank-sum rule sees nothing.
        List<Judgement> unpaired = new RelativeRule(settings).judge(results("none", "release", HERE, tree),
                Fixtures.savedRun("none", "release", HERE, ref.stream()
                        .map(b -> Fixtures.saved(b.id(), b.unit(), b.samples(), null, Map.of())).toList()));
        assertEquals(Verdict.NO_CHANGE, only(unpaired, "S.slow", "score").verdict());
    }

    @Test
    void fasterIsImprovedAndTimePerOperationRisingIsWorse() {
        double[] drift = drift(10, 7);
        List<Judgement> judgements = judge(GateSettings.defaults(),
                List.of(result("S.fast", "ops/s", side(drift, 130, 1), Map.of()),
                        result("S.time", "us/op", side(drift, 130, 2), Map.of())),
                List.of(result("S.fast", "ops/s", side(drift, 100, 3), Map.of()),
                        result("S.time", "us/op", side(drift, 100, 4), Map.of())));
        assertEquals(Verdict.IMPROVED, only(judgements, "S.fast", "score").verdict());
        assertEquals(Verdict.REGRESSED, only(judgements, "S.time", "score").verdict());
    }

    @Test
    void tooFewPairsAreInsufficientDataAndSayHowManyWould() {
        double[] drift = drift(5, 9);
        List<Judgement> judgements = judge(GateSettings.defaults(),
                List.of(result("S.a", "ops/s", side(drift, 50, 1), Map.of())),
                List.of(result("S.a", "ops/s", side(drift, 100, 2), Map.of())));
        Judgement a = only(judgements, "S.a", "score");
        assertEquals(Verdict.INSUFFICIENT_DATA, a.verdict());
        // α 0.01 over 1 comparison: 2 / 2^n ≤ 0.01 first at n = 8
        assertTrue(a.note().startsWith("5 pairs of forks can never reach p ≤ 0.010"), a.note());
        assertTrue(a.note().endsWith("; 8 pairs can"), a.note());
        assertEquals(8, PairedRule.pairsNeeded(0.01));
        assertEquals(9, PairedRule.pairsNeeded(0.005));
    }

    @Test
    void benchmarksOnOneSideAreNewOrMissingAndUnequalForksAreNotJudged() {
        double[] drift = drift(8, 11);
        List<Judgement> judgements = judge(GateSettings.defaults(),
                List.of(result("S.new", "ops/s", side(drift, 100, 1), Map.of()),
                        result("S.cut", "ops/s", side(drift(6, 3), 100, 2), Map.of())),
                List.of(result("S.gone", "ops/s", side(drift, 100, 3), Map.of()),
                        result("S.cut", "ops/s", side(drift, 100, 4), Map.of())));
        assertEquals(Verdict.NEW, only(judgements, "S.new", "score").verdict());
        assertEquals(Verdict.MISSING, only(judgements, "S.gone", "score").verdict());
        Judgement cut = only(judgements, "S.cut", "score");
        assertEquals(Verdict.NOT_JUDGED, cut.verdict());
        assertTrue(cut.note().contains("8 and 6 forks"), cut.note());
    }

    @Test
    void identicalAllocationOnBothSidesIsNoChangeAndADoubledOneRegresses() {
        double[] drift = drift(10, 13);
        List<List<Double>> zero = new ArrayList<>();
        List<List<Double>> flat = new ArrayList<>();
        List<List<Double>> doubled = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            zero.add(List.of(0.0, 0.0));
            flat.add(List.of(1000.0, 1000.0));
            doubled.add(List.of(2000.0 + i, 2000.0 + i));
        }
        List<Judgement> judgements = judge(GateSettings.defaults(),
                List.of(result("S.a", "ops/s", side(drift, 100, 1), Map.of("gc.alloc.rate.norm", metric("B/op", zero))),
                        result("S.b", "ops/s", side(drift, 100, 2),
                                Map.of("gc.alloc.rate.norm", metric("B/op", doubled)))),
                List.of(result("S.a", "ops/s", side(drift, 100, 3), Map.of("gc.alloc.rate.norm", metric("B/op", zero))),
                        result("S.b", "ops/s", side(drift, 100, 4), Map.of("gc.alloc.rate.norm", metric("B/op", flat)))));
        Judgement a = only(judgements, "S.a", "gc.alloc.rate.norm");
        assertEquals(Verdict.NO_CHANGE, a.verdict(), a.toString());
        assertEquals(0.0, a.change());
        Judgement b = only(judgements, "S.b", "gc.alloc.rate.norm");
        assertEquals(Verdict.REGRESSED, b.verdict(), b.toString());
        assertEquals("metric", b.thresholdSource());
    }
}
