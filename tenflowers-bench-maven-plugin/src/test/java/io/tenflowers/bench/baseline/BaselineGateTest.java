package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.BaselineDocument.Floor;
import io.tenflowers.bench.model.BaselineDocument;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.tenflowers.bench.baseline.Fixtures.ELSEWHERE;
import static io.tenflowers.bench.baseline.Fixtures.HERE;
import static io.tenflowers.bench.baseline.Fixtures.forks;
import static io.tenflowers.bench.baseline.Fixtures.result;
import static io.tenflowers.bench.baseline.Fixtures.results;
import static io.tenflowers.bench.baseline.Fixtures.saved;
import static io.tenflowers.bench.baseline.Fixtures.savedRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineGateTest {
    private static final Floor MATMUL_FLOOR = new Floor("S\\.regression\\.matmul\\[n=100\\]", "score", 100.0, null,
            "ops/s", "seed's baseline table: MatMul, 100x100 matrices");

    private static BaselineDocument baseline(ResultsDocument.Fingerprint where, double matmulBefore) {
        return new BaselineDocument(1, List.of(MATMUL_FLOOR), List.of(savedRun("gate", "release", where,
                List.of(saved("S.regression.matmul[n=100]", "ops/s", forks(8, matmulBefore, 0.02, 9), null,
                        Map.of())))));
    }

    private static ResultsDocument run(String preset, ResultsDocument.Fingerprint where, double matmulNow) {
        return results(preset, "release", where, List.of(result("S.regression.matmul[n=100]", "ops/s",
                forks(8, matmulNow, 0.02, 10), Map.of())));
    }

    @Test
    void aFloorViolationIsOneLineInJaCoCosWords() {
        BaselineGate.Outcome outcome = new BaselineGate(GateSettings.defaults()).judge(run("gate", ELSEWHERE, 81.3),
                baseline(HERE, 120), "benchmarks/baseline.json");
        assertTrue(outcome.failed());
        assertEquals(1, outcome.violations().size());
        assertTrue(outcome.violations().get(0).startsWith("Rule violated for benchmark S.regression.matmul[n=100]: "
                + "throughput is "), outcome.violations().get(0));
        assertTrue(outcome.violations().get(0).endsWith(" ops/s, but expected minimum is 100 ops/s (seed's baseline "
                + "table: MatMul, 100x100 matrices)"), outcome.violations().get(0));
        assertEquals(1, outcome.document().counts().get("FLOOR_VIOLATED"));
    }

    @Test
    void aRegressionSaysByHowMuchWithItsIntervalPValuesAndThreshold() {
        BaselineGate.Outcome outcome = new BaselineGate(GateSettings.defaults()).judge(run("gate", HERE, 6450),
                baseline(HERE, 8405), "benchmarks/baseline.json");
        assertTrue(outcome.failed());
        String line = outcome.violations().get(0);
        assertTrue(line.matches("Rule violated for benchmark S\\.regression\\.matmul\\[n=100]: throughput fell "
                + "2\\d\\.\\d % \\[95 % CI \\d+(\\.\\d)? … \\d+(\\.\\d)? %] \\(p = \\S+, adjusted \\S+; threshold 10 %, "
                + "from default\\)"), line);
        assertEquals(Verdict.REGRESSED, outcome.document().verdicts().get(0).verdict());
        assertEquals("run-new", outcome.document().resultsRunId());
        assertEquals("run-old", outcome.document().baselineRunId());
        assertEquals("baseline", outcome.document().kind());
    }

    @Test
    void unchangedCodePasses() {
        BaselineGate.Outcome outcome = new BaselineGate(GateSettings.defaults()).judge(run("gate", HERE, 8405),
                baseline(HERE, 8405), "b.json");
        assertFalse(outcome.failed());
        assertEquals(Verdict.NO_CHANGE, outcome.document().verdicts().get(0).verdict());
        assertTrue(outcome.summary().startsWith("Baseline check: 1 judged: 0 regressed, 0 improved, 1 unchanged"),
                outcome.summary());
    }

    @Test
    void aSmokeRunIsNotJudgedAtAllNotEvenByTheFloors() {
        BaselineGate.Outcome outcome = new BaselineGate(GateSettings.defaults()).judge(run("smoke", HERE, 7),
                baseline(HERE, 8405), "b.json");
        assertFalse(outcome.failed());
        assertEquals(List.of(), outcome.document().floors());
        assertTrue(outcome.header().contains("relative rule NOT_JUDGED: a smoke run is not a measurement"),
                outcome.header());
    }

    @Test
    void anotherMachineSkipsTheRelativeRuleWithAWarningButFloorsStillApply() {
        BaselineGate.Outcome outcome = new BaselineGate(GateSettings.defaults()).judge(run("gate", ELSEWHERE, 150),
                baseline(HERE, 8405), "b.json");
        assertFalse(outcome.failed(), "150 ops/s is above the floor; the relative fall is another machine's");
        assertTrue(outcome.warning().startsWith("Results from another machine than the baseline's (here CPU2, 4 cores"),
                outcome.warning());
        assertEquals(List.of(), outcome.document().verdicts());
        assertEquals(1, outcome.document().counts().get("FLOOR_PASSED"));

        GateSettings across = new GateSettings(0.01, 0.10, Map.of(), Map.of(), 1.5, 0.95, true, 0.15);
        BaselineGate.Outcome compared = new BaselineGate(across).judge(run("gate", ELSEWHERE, 150), baseline(HERE, 8405),
                "b.json");
        assertTrue(compared.failed());
        assertNull(compared.document().notJudged());
    }
}
