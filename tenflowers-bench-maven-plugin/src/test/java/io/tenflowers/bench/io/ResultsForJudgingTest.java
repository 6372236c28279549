package io.tenflowers.bench.io;

import io.tenflowers.bench.model.ResultsDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The results a gate judges or saves: one clear message for each way they cannot be used. */
class ResultsForJudgingTest {
    private static Path write(Path dir, String json) throws Exception {
        Path file = dir.resolve("results.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void missingResultsSayHowToProduceThem(@TempDir Path dir) {
        BaselineFileException e = assertThrows(BaselineFileException.class,
                () -> ResultsJson.readForJudging(dir.resolve("results.json")));
        assertEquals("No results at " + dir.resolve("results.json") + ": run the benchmarks first (`mvn verify`, or "
                + "the bench goal), or point tenflowers.bench.resultsFile at a results.json.", e.getMessage());
    }

    @Test
    void theResultsOfAFailedRunAreNotJudged(@TempDir Path dir) throws Exception {
        Path file = write(dir, ResultsJson.toJson(ResultsJsonTest.seededDocument()));
        BaselineFileException e = assertThrows(BaselineFileException.class, () -> ResultsJson.readForJudging(file));
        assertEquals(file + ": the results of a run in which 1 benchmark(s) failed (field failures, first: "
                + "Sample.boom[size=100]: java.lang.ArithmeticException: division by zero in boom). Only complete runs "
                + "are judged or saved: fix the failures and run again.", e.getMessage());
    }

    @Test
    void emptyResultsHaveNothingToJudge(@TempDir Path dir) throws Exception {
        ResultsDocument seeded = ResultsJsonTest.seededDocument();
        ResultsDocument empty = new ResultsDocument(seeded.schemaVersion(), seeded.run(), List.of(), seeded.derived(),
                List.of());
        Path file = write(dir, ResultsJson.toJson(empty));
        BaselineFileException e = assertThrows(BaselineFileException.class, () -> ResultsJson.readForJudging(file));
        assertTrue(e.getMessage().startsWith(file + ": no benchmark results (field benchmarks is empty)"),
                e.getMessage());
    }

    @Test
    void aNegativeScoreIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        ResultsDocument seeded = ResultsJsonTest.seededDocument();
        ResultsDocument.Benchmark first = seeded.benchmarks().get(0);
        ResultsDocument.Benchmark negative = new ResultsDocument.Benchmark(first.id(), first.benchmark(),
                first.params(), first.mode(), first.unit(), first.direction(), -5.0, first.error(), first.samples(),
                first.elementsPerSecond(), first.secondary(), first.forks(), first.warmupIterations(),
                first.measurementIterations(), first.iterationTime(), first.jvmArgs());
        String json = ResultsJson.toJson(new ResultsDocument(seeded.schemaVersion(), seeded.run(), List.of(negative),
                seeded.derived(), List.of()));
        Path file = write(dir, json);
        BaselineFileException e = assertThrows(BaselineFileException.class, () -> ResultsJson.readForJudging(file));
        int line = 1 + (int) json.substring(0, json.indexOf("\"score\": -5.0")).chars().filter(c -> c == '\n').count();
        assertEquals(file + ":" + line + ": benchmark " + first.id() + " has score -5.0 (field benchmarks[0].score): a "
                + "score is a finite number ≥ 0. Run the benchmarks again.", e.getMessage());
    }

    @Test
    void anOlderSchemaAsksForANewRun(@TempDir Path dir) throws Exception {
        Path file = write(dir, "{\n  \"schemaVersion\": 1,\n  \"run\": {},\n  \"benchmarks\": []\n}\n");
        BaselineFileException e = assertThrows(BaselineFileException.class, () -> ResultsJson.readForJudging(file));
        assertEquals(file + ":2: results of schemaVersion 1 (field schemaVersion); this plugin reads version 2. Run the "
                + "benchmarks again.", e.getMessage());
    }
}
