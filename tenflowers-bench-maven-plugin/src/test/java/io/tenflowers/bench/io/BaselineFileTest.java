package io.tenflowers.bench.io;

import io.tenflowers.bench.model.BaselineDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad baseline gets one clear message with file, line and field; a good one reads back whole. */
class BaselineFileTest {
    private static final String FINGERPRINT = "{\"id\": \"abc\", \"cores\": 2, \"memoryGiB\": 24, \"cpuModel\": \"X\", "
            + "\"os\": \"Linux\", \"arch\": \"amd64\", \"jvmVendor\": \"V\", \"jvmMajorVersion\": 17}";

    private static String baseline(String benchmarks) {
        return "{\n"
                + "  \"schemaVersion\": 1,\n"
                + "  \"floors\": [\n"
                + "    {\"benchmark\": \"S\\\\.g\\\\.add\\\\[size=1000\\\\]\", \"metric\": \"score\", \"minimum\": 1000,"
                + " \"maximum\": null, \"unit\": \"ops/s\", \"reason\": \"seed table\"}\n"
                + "  ],\n"
                + "  \"runs\": [\n"
                + "    {\"runId\": \"r1\", \"savedAt\": \"2026-12-01T00:00:00Z\", \"commit\": null,\n"
                + "     \"machineFingerprint\": " + FINGERPRINT + ",\n"
                + "     \"jvm\": null, \"config\": \"release\", \"preset\": \"gate\", \"runLength\": \"preset gate\",\n"
                + "     \"benchmarks\": [\n"
                + benchmarks
                + "     ]}\n"
                + "  ]\n"
                + "}\n";
    }

    private static String benchmark(String id, String score) {
        return "      {\"id\": \"" + id + "\", \"unit\": \"ops/s\", \"direction\": \"higher\",\n"
                + "       \"score\": " + score + ", \"samples\": [[1.0, 2.0], [3.0]], \"noiseBand\": 0.05,"
                + " \"secondary\": {}}";
    }

    private static Path write(Path dir, String text) throws Exception {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aValidBaselineReadsBackWholeAndWritesTheSame(@TempDir Path dir) throws Exception {
        Path file = write(dir, baseline(benchmark("S.g.add[size=1000]", "1500.5") + ",\n"
                + benchmark("S.g.mul[size=1000]", "900") + "\n"));
        BaselineDocument document = BaselineFile.read(file);
        assertEquals(1, document.floors().size());
        assertEquals(1000.0, document.floors().get(0).minimum());
        assertEquals(2, document.runs().get(0).benchmarks().size());
        assertEquals(List.of(List.of(1.0, 2.0), List.of(3.0)), document.runs().get(0).benchmarks().get(0).samples());
        assertEquals(0.05, document.runs().get(0).benchmarks().get(1).noiseBand());
        Path copy = dir.resolve("copy.json");
        BaselineFile.write(document, copy);
        assertEquals(document, BaselineFile.read(copy));
    }

    @Test
    void aMissingBaselineSaysHowToCreateOne(@TempDir Path dir) {
        BaselineFileException e = assertThrows(BaselineFileException.class,
                () -> BaselineFile.read(dir.resolve("benchmarks/baseline.json")));
        assertEquals("No baseline at " + dir.resolve("benchmarks/baseline.json") + ". Create one on the machine that "
                + "gates: run the benchmarks with a measuring preset (e.g. -Dtenflowers.bench.preset=gate), then "
                + "`mvn tenflowers-bench:save-baseline`; or point tenflowers.bench.baselineFile at another file.",
                e.getMessage());
    }

    @Test
    void malformedJsonNamesLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = write(dir, "{\n  \"schemaVersion\": 1,\n  \"floors\": [,]\n}\n");
        BaselineFileException e = assertThrows(BaselineFileException.class, () -> BaselineFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void nanIsNotJson(@TempDir Path dir) throws Exception {
        Path file = write(dir, baseline(benchmark("S.g.add[size=1000]", "NaN") + "\n"));
        BaselineFileException e = assertThrows(BaselineFileException.class, () -> BaselineFile.read(file));
        assertEquals(file + ":12:17: not valid JSON near field runs[0].benchmarks[0].score: a value that is not JSON "
                + "(NaN, Infinity, a comment or a trailing comma?). Fix the file, or restore it from git.", e.getMessage());
    }

    @Test
    void anUnknownSchemaVersionIsNamed(@TempDir Path dir) throws Exception {
        Path file = write(dir, "{\n  \"floors\": [],\n  \"schemaVersion\": 7,\n  \"runs\": []\n}\n");
        BaselineFileException e = assertThrows(BaselineFileException.class, () -> BaselineFile.read(file));
        assertEquals(file + ":3: unknown schemaVersion 7 (field schemaVersion); this plugin reads version 1. Use the "
                + "plugin version that wrote it, or save the baseline again with this one.", e.getMessage());
    }

    @Test
    void duplicateIdsAndNegativeScoresAreEachNamedWithTheirLine(@TempDir Path dir) throws Exception {
        Path file = write(dir, baseline(benchmark("S.g.add[size=1000]", "1500") + ",\n"
                + benchmark("S.g.add[size=1000]", "-3") + "\n"));
        BaselineFileException e = assertThrows(BaselineFileException.class, () -> BaselineFile.read(file));
        String nl = System.lineSeparator();
        assertEquals("The baseline " + file + " cannot be used:" + nl
                + "  " + file + ":13: benchmark S.g.add[size=1000] appears twice (field runs[0].benchmarks[1].id): keep "
                + "one entry per id." + nl
                + "  " + file + ":14: benchmark S.g.add[size=1000] has score -3.0 (field runs[0].benchmarks[1].score): a "
                + "score is a finite number ≥ 0.", e.getMessage());
    }

    @Test
    void aFloorNeedsALimitAndAUnit(@TempDir Path dir) throws Exception {
        Path file = write(dir, "{\"schemaVersion\": 1,\n \"floors\": [\n  {\"benchmark\": \"S.g.add\"}\n ],\n \"runs\": []}\n");
        BaselineFileException e = assertThrows(BaselineFileException.class, () -> BaselineFile.read(file));
        assertTrue(e.getMessage().contains(file + ":3: floors[0] has neither \"minimum\" nor \"maximum\": give one."),
                e.getMessage());
        assertTrue(e.getMessage().contains(file + ":3: floors[0] has no \"unit\""), e.getMessage());
    }

    @Test
    void aResultsFileServesAsABaseline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.json");
        Files.writeString(file, ResultsJson.toJson(ResultsJsonTest.seededDocument()));
        BaselineDocument document = BaselineFile.read(file);
        assertEquals(List.of(), document.floors());
        assertEquals(1, document.runs().size());
        assertEquals("20250102T030405Z-0badcafe", document.runs().get(0).runId());
        assertEquals(ResultsJsonTest.seededDocument().benchmarks().size(), document.runs().get(0).benchmarks().size());
        assertEquals(Map.of(), Map.of());
    }
}
