package io.tenflowers.bench.io;

import io.tenflowers.bench.baseline.BaselineChoice;
import io.tenflowers.bench.io.HistoryReader.Entry;
import io.tenflowers.bench.model.ComparisonDocument;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;
import io.tenflowers.bench.options.Preset;
import io.tenflowers.bench.session.SaveBaselineSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stored history read back for trends: order, skipped files, attached verdicts, comparable runs. */
class HistoryReaderTest {
    private static final ResultsDocument.Fingerprint HERE = fingerprint("a1b2c3d4e5f60718");
    private static final ResultsDocument.Fingerprint ELSEWHERE = fingerprint("ffff000011112222");

    private static ResultsDocument.Fingerprint fingerprint(String id) {
        return new ResultsDocument.Fingerprint(id, 2, 8L, "CPU", "Linux", "amd64", "Vendor", 17);
    }

    static ResultsDocument run(String runId, String time, ResultsDocument.Fingerprint machine, String config,
                               String preset, double score) {
        ResultsDocument.Run run = new ResultsDocument.Run(runId, time, 60, new ResultsDocument.Git(
                "0123456789abcdef0123456789abcdef01234567", false), new ResultsDocument.Project("g", "a", "1"), null,
                "1.37", null, null, null, machine, config, "all", preset, "preset " + preset, 8, 2, 3, "500ms",
                List.of(), List.of(), null, null, Map.of());
        List<List<Double>> samples = List.of(List.of(score, score), List.of(score * 1.01, score * 0.99),
                List.of(score * 1.02, score * 0.98));
        ResultsDocument.Benchmark benchmark = new ResultsDocument.Benchmark("S.add[size=1000]", "s.S.add",
                Map.of("size", "1000"), "thrpt", "ops/s", "higher", score, null, samples, null, Map.of(), 3, 2, 2,
                "500 ms", List.of());
        return new ResultsDocument(ResultsDocument.SCHEMA_VERSION, run, List.of(benchmark),
                new ResultsDocument.Derived(List.of(), List.of()), List.of());
    }

    private static ResultsDocument measured(String runId, String time) {
        return run(runId, time, HERE, "release", "gate", 1000);
    }

    static ComparisonDocument comparison(String resultsRunId, Verdict verdict) {
        ComparisonDocument.Judgement judgement = new ComparisonDocument.Judgement("S.add[size=1000]", "score", "ops/s",
                "higher", verdict, 1000.0, 800.0, -0.2, -0.25, -0.15, 0.0002, 0.0002, 0.1, "default", null, 8, 8, null);
        return new ComparisonDocument(ComparisonDocument.SCHEMA_VERSION, "baseline", resultsRunId, "run-old",
                "benchmarks/baseline.json", null, new ComparisonDocument.Settings(0.01, "holm", 0.1, 1, 0.95, false,
                0.15), List.of(judgement), List.of(), Map.of(verdict.name(), 1), verdict == Verdict.REGRESSED);
    }

    private static List<String> runIds(List<Entry> entries) {
        return entries.stream().map(e -> e.results().run().runId()).toList();
    }

    @Test
    void runsComeOldestFirstByRunTimeWhateverTheirFileNames(@TempDir Path history) throws Exception {
        History.append(history, measured("run-2", "2026-03-02T10:00:00Z"));
        History.append(history, measured("run-3", "2026-03-03T10:00:00Z"));
        // A file copied in under another name sorts last by name but ran first.
        Files.writeString(history.resolve("zz-copied-from-ci.json"),
                ResultsJson.toJson(measured("run-1", "2026-03-01T10:00:00Z")));
        List<String> warnings = new ArrayList<>();
        List<Entry> entries = HistoryReader.read(history, warnings::add);
        assertEquals(List.of("run-1", "run-2", "run-3"), runIds(entries));
        assertEquals(history.resolve("zz-copied-from-ci.json"), entries.get(0).file());
        assertEquals(List.of(), warnings);
        entries.forEach(e -> assertNull(e.comparison()));
    }

    @Test
    void aMissingHistoryIsEmpty(@TempDir Path dir) {
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of(), HistoryReader.read(dir.resolve(".benchmarks"), warnings::add));
        assertEquals(List.of(), HistoryReader.read(null, warnings::add));
        assertEquals(List.of(), warnings);
    }

    @Test
    void corruptFilesAreSkippedWithOneWarningEachNamingFileAndWhy(@TempDir Path history) throws Exception {
        History.append(history, measured("run-1", "2026-03-01T10:00:00Z"));
        Path truncated = history.resolve("20260302T100000Z-0123456-release-all-gate.json");
        String whole = ResultsJson.toJson(measured("run-2", "2026-03-02T10:00:00Z"));
        Files.writeString(truncated, whole.substring(0, whole.indexOf("\"benchmarks\"") + 20));
        Path foreign = history.resolve("package.json");
        Files.writeString(foreign, "{\"name\": \"not ours\"}");
        Path older = history.resolve("20250101T000000Z-0123456-release-all-gate.json");
        Files.writeString(older, ResultsJson.toJson(measured("run-0", "2025-01-01T00:00:00Z"))
                .replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"));
        Path noTime = history.resolve("20260304T100000Z-0123456-release-all-gate.json");
        Files.writeString(noTime, ResultsJson.toJson(measured("run-4", "yesterday")));
        Files.writeString(history.resolve("notes.txt"), "not json, not read");

        List<String> warnings = new ArrayList<>();
        List<Entry> entries = HistoryReader.read(history, warnings::add);

        assertEquals(List.of("run-1"), runIds(entries));
        // Gson stops at the end of the cut text: its last line, where the file name points.
        String cut = Files.readString(truncated);
        int lastLine = (int) cut.chars().filter(c -> c == '\n').count() + 1;
        String where = JsonLocations.lineAndColumn(truncatedReason(whole));
        assertTrue(where.startsWith(lastLine + ":"), where);
        assertEquals(List.of(
                "History: skipped " + older + ": results of schemaVersion 1; this plugin reads version 2",
                "History: skipped " + truncated + ":" + where + ": not readable JSON (" + truncatedReason(whole) + ")",
                "History: skipped " + noTime + ": no valid run time (field run.time is yesterday)",
                "History: skipped " + foreign + ": not a results.json (no \"run\")"), warnings);
    }

    /** @return Gson's own words about the truncated text */
    private static String truncatedReason(String whole) {
        try {
            ResultsJson.read(whole.substring(0, whole.indexOf("\"benchmarks\"") + 20));
            throw new AssertionError("the truncated text parsed");
        } catch (com.google.gson.JsonParseException e) {
            return e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        }
    }

    @Test
    void aStoredComparisonIsAttachedToItsRun(@TempDir Path history) throws Exception {
        History.append(history, measured("20260301T100000Z-00000001", "2026-03-01T10:00:00Z"));
        History.append(history, measured("20260302T100000Z-00000002", "2026-03-02T10:00:00Z"));
        Path stored = History.appendComparison(history, comparison("20260302T100000Z-00000002", Verdict.REGRESSED));
        assertEquals(history.resolve("comparisons").resolve("20260302T100000Z-00000002.json"), stored);
        // The run of this one is gone from the history (deleted, or never kept): ignored, no warning.
        History.appendComparison(history, comparison("20251231T100000Z-deadbeef", Verdict.REGRESSED));

        List<String> warnings = new ArrayList<>();
        List<Entry> entries = HistoryReader.read(history, warnings::add);

        assertEquals(List.of(), warnings);
        assertNull(entries.get(0).comparison());
        ComparisonDocument attached = entries.get(1).comparison();
        assertEquals("20260302T100000Z-00000002", attached.resultsRunId());
        assertEquals(Verdict.REGRESSED, attached.verdicts().get(0).verdict());
        assertTrue(attached.failed());
    }

    @Test
    void aLaterVerdictReplacesTheEarlierAndTheWriteLeavesNoTemporaryFile(@TempDir Path history) throws Exception {
        History.append(history, measured("run-1", "2026-03-01T10:00:00Z"));
        History.appendComparison(history, comparison("run-1", Verdict.REGRESSED));
        History.appendComparison(history, comparison("run-1", Verdict.NO_CHANGE));
        try (Stream<Path> files = Files.list(history.resolve(History.COMPARISONS))) {
            assertEquals(List.of("run-1.json"), files.map(f -> f.getFileName().toString()).toList());
        }
        Entry entry = HistoryReader.read(history, w -> {
        }).get(0);
        assertEquals(Verdict.NO_CHANGE, entry.comparison().verdicts().get(0).verdict());
    }

    @Test
    void aRunIdIsMadeSafeAsAFileNameAndStillMatchesItsRun(@TempDir Path history) throws Exception {
        String odd = "../run 1/x";
        History.append(history, measured(odd, "2026-03-01T10:00:00Z"));
        Path stored = History.appendComparison(history, comparison(odd, Verdict.IMPROVED));
        assertEquals(history.resolve("comparisons").resolve("___run_1_x.json"), stored);
        assertEquals(Verdict.IMPROVED, HistoryReader.read(history, w -> {
        }).get(0).comparison().verdicts().get(0).verdict());
        assertThrows(IllegalArgumentException.class, () -> History.appendComparison(history, comparison(null,
                Verdict.IMPROVED)));
    }

    @Test
    void aCorruptComparisonIsSkippedWithAWarningAndTheRunStays(@TempDir Path history) throws Exception {
        History.append(history, measured("run-1", "2026-03-01T10:00:00Z"));
        Path broken = history.resolve(History.COMPARISONS).resolve("run-1.json");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "{\"schemaVersion\": 1, \"verdicts\": [");
        Path foreign = history.resolve(History.COMPARISONS).resolve("other.json");
        Files.writeString(foreign, "{\"schemaVersion\": 1}");
        List<String> warnings = new ArrayList<>();
        List<Entry> entries = HistoryReader.read(history, warnings::add);
        assertEquals(List.of("run-1"), runIds(entries));
        assertNull(entries.get(0).comparison());
        assertEquals(2, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("History: skipped " + foreign + ": not a comparison.json (no "
                + "\"resultsRunId\")"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("History: skipped " + broken + ":1:"), warnings.get(1));
        assertTrue(warnings.get(1).contains(": not readable JSON ("), warnings.get(1));
    }

    @Test
    void onlyMeasuringRunsOfTheSameMachineAndConfigAreComparable(@TempDir Path history) throws Exception {
        ResultsDocument current = run("now", "2026-03-09T10:00:00Z", HERE, "release", "gate", 1000);
        History.append(history, run("same", "2026-03-01T10:00:00Z", HERE, "release", "gate", 1000));
        History.append(history, run("standard", "2026-03-02T10:00:00Z", HERE, "release", "standard", 1000));
        History.append(history, run("annotations", "2026-03-03T10:00:00Z", HERE, "release", "none", 1000));
        History.append(history, run("other-machine", "2026-03-04T10:00:00Z", ELSEWHERE, "release", "gate", 1000));
        History.append(history, run("other-config", "2026-03-05T10:00:00Z", HERE, "debug", "gate", 1000));
        // The bench goal never keeps a smoke run; one copied in by hand must still stay out of a trend.
        History.append(history, run("smoke", "2026-03-06T10:00:00Z", HERE, "release", "smoke", 1));
        History.append(history, run("unknown-machine", "2026-03-07T10:00:00Z", null, "release", "gate", 1000));
        History.append(history, current);

        List<Entry> entries = HistoryReader.read(history, w -> {
        });
        assertEquals(8, entries.size(), runIds(entries)::toString);
        assertEquals(List.of("same", "standard", "annotations", "now"),
                runIds(HistoryReader.comparableWith(entries, current)));
        ResultsDocument lost = run("lost", "2026-03-09T10:00:00Z", null, "release", "gate", 1000);
        assertEquals(List.of(), HistoryReader.comparableWith(entries, lost), "an unknown machine matches none");
    }

    @Test
    void smokeMeansWhatTheOptionsAndTheGateMeanByIt() {
        // io may not depend on options or baseline; this test holds the three spellings together.
        assertEquals(Preset.SMOKE.id(), HistoryReader.SMOKE_PRESET);
        assertEquals(BaselineChoice.SMOKE, HistoryReader.SMOKE_PRESET);
        for (Preset preset : Preset.values()) {
            assertEquals(preset != Preset.SMOKE, HistoryReader.isMeasuring(preset.id()), preset.id());
        }
        assertTrue(HistoryReader.isMeasuring("none"));
        assertFalse(HistoryReader.isMeasuring(null));
    }

    @Test
    void theNoiseBandReaderStillSeesOnlyResults(@TempDir Path dir) throws Exception {
        // save-baseline learns noise bands from the history's *.json; the comparisons beside them must
        // neither count as runs nor stop it.
        Path history = dir.resolve(".benchmarks");
        for (int i = 1; i <= 2; i++) {
            String runId = "run-" + i;
            History.append(history, run(runId, "2026-03-0" + i + "T10:00:00Z", HERE, "release", "gate", 1000 + i));
            History.appendComparison(history, comparison(runId, Verdict.NO_CHANGE));
        }
        ResultsDocument current = run("run-3", "2026-03-03T10:00:00Z", HERE, "release", "gate", 1003);
        Path results = dir.resolve("results.json");
        ResultsJson.write(current, results);
        History.appendComparison(history, comparison("run-3", Verdict.NO_CHANGE));
        List<String> info = new ArrayList<>();
        new SaveBaselineSession(info::add).execute(results, dir.resolve("baseline.json"), history, false);
        assertEquals("Noise bands: learned for 1 metric(s) from 3 runs of this machine, config and preset in "
                + history + ".", info.get(0));
        // and the trend reader: two runs, each with its verdicts, no warning
        List<String> warnings = new ArrayList<>();
        List<Entry> entries = HistoryReader.read(history, warnings::add);
        assertEquals(List.of("run-1", "run-2"), runIds(entries));
        entries.forEach(e -> assertEquals(e.results().run().runId(), e.comparison().resultsRunId()));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aComparisonAmongTheResultsWouldBeNoticed(@TempDir Path history) throws Exception {
        // The checker for the test above: had the verdicts been kept beside the results, the reader
        // would have had to skip them (and say so); the subdirectory is what keeps them apart.
        History.append(history, measured("run-1", "2026-03-01T10:00:00Z"));
        Path misplaced = history.resolve("run-1-comparison.json");
        ComparisonJson.write(comparison("run-1", Verdict.NO_CHANGE), misplaced);
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of("run-1"), runIds(HistoryReader.read(history, warnings::add)));
        assertEquals(List.of("History: skipped " + misplaced + ": not a results.json (no \"run\")"), warnings);
    }
}
