package io.tenflowers.bench.session;

import io.tenflowers.bench.baseline.GateSettings;
import io.tenflowers.bench.io.ResultsJson;
import io.tenflowers.bench.model.ResultsDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * check-baseline draws the summaries again, beside the results, only when asked, and after
 * {@code comparison.json}, which the pages read. A smoke run without a baseline keeps the judging
 * out of the way: it is never judged, yet the comparison and the pages are written.
 */
class CheckBaselineSessionTest {
    @TempDir
    Path directory;

    private final List<String> warnings = new ArrayList<>();

    private CheckBaselineSession.Result check(boolean summaries) throws Exception {
        Path results = directory.resolve("benchmark_results/results.json");
        ResultsJson.write(smokeRun(), results);
        return CheckBaselineSession.execute(new CheckBaselineSession.Request(results,
                directory.resolve("benchmarks/baseline.json"), GateSettings.defaults(), directory.resolve(".benchmarks"),
                summaries, "sample", warnings::add));
    }

    @Test
    void withSummariesThePagesAreDrawnBesideTheResults() throws Exception {
        CheckBaselineSession.Result result = check(true);
        Path out = directory.resolve("benchmark_results");
        assertEquals(out.resolve("comparison.json"), result.comparison());
        assertEquals(out.resolve("summary.html"), result.summaries().html());
        assertEquals(out.resolve("summary.md"), result.summaries().markdown());
        assertTrue(Files.readString(result.summaries().html()).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.size(result.summaries().markdown()) > 0);
    }

    @Test
    void withoutSummariesOnlyTheComparisonIsWritten() throws Exception {
        CheckBaselineSession.Result result = check(false);
        assertNull(result.summaries());
        Path out = directory.resolve("benchmark_results");
        assertTrue(Files.isRegularFile(out.resolve("comparison.json")));
        assertFalse(Files.exists(out.resolve("summary.html")));
        assertFalse(Files.exists(out.resolve("summary.md")));
    }

    @Test
    void theVerdictsOfAMeasuringRunJoinTheHistoryAndASmokeRunsDoNot() throws Exception {
        check(false);
        assertFalse(Files.exists(directory.resolve(".benchmarks/comparisons")), "a smoke run has no history");

        ResultsDocument smoke = smokeRun();
        ResultsDocument.Run s = smoke.run();
        ResultsDocument measured = new ResultsDocument(smoke.schemaVersion(), new ResultsDocument.Run(s.runId(), s.time(),
                s.durationSeconds(), s.git(), s.project(), s.jvm(), s.jmhVersion(), s.os(), s.cpu(), s.memoryBytes(),
                s.machineFingerprint(), s.config(), s.category(), "gate", "preset gate", 8, 2, 3, "500ms", s.jvmArgs(),
                s.profilers(), null, null, s.environment()), smoke.benchmarks(), smoke.derived(), smoke.failures());
        Path results = directory.resolve("benchmark_results/results.json");
        Path old = directory.resolve("old/results.json");
        ResultsJson.write(measured, results);
        ResultsJson.write(measured, old);
        CheckBaselineSession.execute(new CheckBaselineSession.Request(results, old, GateSettings.defaults(),
                directory.resolve(".benchmarks"), false, "sample", warnings::add));
        assertTrue(Files.isRegularFile(directory.resolve(".benchmarks/comparisons/20261203T080000Z-0000abcd.json")));
    }

    private static ResultsDocument smokeRun() {
        ResultsDocument.Fingerprint here = new ResultsDocument.Fingerprint("here", 2, 24L, "CPU", "Linux", "amd64",
                "V", 17);
        ResultsDocument.Run run = new ResultsDocument.Run("20261203T080000Z-0000abcd", "2026-12-03T08:00:00Z", 6,
                new ResultsDocument.Git("abc", false), new ResultsDocument.Project("g", "sample", "1"), null, "1.37",
                null, null, null, here, "release", "all", "smoke", "preset smoke", 1, 1, 1, "100ms", List.of(),
                List.of("gc"), null, null, Map.of());
        ResultsDocument.Benchmark sum = new ResultsDocument.Benchmark("Sample.sum", "sample.Sample.sum", Map.of(),
                "thrpt", "ops/s", "higher", 1000.0, null, List.of(List.of(1000.0)), null, Map.of(), 1, 1, 1, "100 ms",
                List.of());
        return new ResultsDocument(ResultsDocument.SCHEMA_VERSION, run, List.of(sum),
                new ResultsDocument.Derived(List.of(), List.of()), List.of());
    }
}
