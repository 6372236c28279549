package io.tenflowers.bench.io;

import io.tenflowers.bench.Golden;

import io.tenflowers.bench.env.MachineInfo;
import io.tenflowers.bench.jmh.JmhJsonReader;
import io.tenflowers.bench.jmh.JmhRecord;
import io.tenflowers.bench.model.BenchmarkFailure;
import io.tenflowers.bench.model.RatioDefinition;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.report.SummaryText;
import io.tenflowers.bench.results.ResultsAssembler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seals {@code results.json} and {@code summary.txt} with golden files made from a real JMH 1.37
 * result file and fixed metadata, under several default locales (JMH's {@code ResultFormatTest}
 * does the same). Regenerate after an intended change with {@code -Dgolden.update=true}, review
 * the diff, and bump the schema version if a reader could notice.
 */
class ResultsJsonTest {
    static ResultsDocument.Run fixedRun() {
        ResultsDocument.Jvm jvm = new ResultsDocument.Jvm("/usr/lib/jvm/java-17/bin/java", "Debian", "17.0.15",
                "OpenJDK 64-Bit Server VM", "17.0.15+6-Debian-1deb12u1", 17);
        MachineInfo machine = new MachineInfo(new ResultsDocument.Os("Linux", "6.1.0", "amd64"),
                new ResultsDocument.Cpu("AMD EPYC 7B13", 2), 8L << 30);
        return new ResultsDocument.Run("20250102T030405Z-0badcafe", "2025-01-02T03:04:05Z", 12.5, new ResultsDocument.Git("0123456789abcdef", false),
                new ResultsDocument.Project("io.tenflowers", "sample", "1.0"), jvm, "1.37", machine.os(), machine.cpu(),
                machine.memoryBytes(), machine.fingerprint(jvm), "release", "all", "smoke",
                "preset smoke, overridden: warmupIterations=0, measurementIterations=2: 1 fork(s) × (0 warm-up + 2 "
                        + "measured) × 100ms", 1, 0, 2, "100ms",
                List.of("-Dx.y=hello", "-Dtenflowers.bench.config=release"), List.of("gc"), null, null,
                Map.of("engine.backend", "vector"));
    }

    static ResultsDocument seededDocument() throws IOException, URISyntaxException {
        Path raw = Path.of(ResultsJsonTest.class.getResource("/jmh/jmh-result.json").toURI());
        List<JmhRecord> records = JmhJsonReader.read(raw);
        List<BenchmarkFailure> failures = List.of(new BenchmarkFailure("sample.Sample.boom", Map.of("size", "100"),
                BenchmarkFailure.Kind.EXCEPTION, "java.lang.ArithmeticException: division by zero in boom", List.of()));
        return new ResultsAssembler(List.of(new RatioDefinition("props_per_boom", "Sample.props", "Sample.boom", null),
                new RatioDefinition("alloc", "sample.Sample.props", "Sample.boom", "gc.alloc.rate.norm")),
                List.of("size")).assemble(fixedRun(), records, failures);
    }

    @Test
    void resultsJsonMatchesTheGoldenFileInEveryLocale() throws Exception {
        Locale original = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.ROOT, Locale.GERMANY, Locale.FRANCE, new Locale("ar", "EG"))) {
                Locale.setDefault(locale);
                assertGolden("results.json", ResultsJson.toJson(seededDocument()));
                ResultsDocument document = seededDocument();
                assertGolden("summary.txt", SummaryText.render(document, Path.of("/out/results.json"),
                        Path.of("/out/jmh-result.json"), Path.of("/out/jmh.log")));
            }
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void documentCarriesIdsDirectionsSamplesAndNullForNaN() throws Exception {
        ResultsDocument document = seededDocument();
        List<String> ids = document.benchmarks().stream().map(ResultsDocument.Benchmark::id).toList();
        assertEquals(List.of("Sample.boom[size=10]", "Sample.boom[size=1000]", "Sample.props[size=10]",
                "Sample.props[size=100]", "Sample.props[size=1000]"), ids, "numeric parameters sort as numbers");
        ResultsDocument.Benchmark first = document.benchmarks().get(0);
        assertEquals("higher", first.direction());
        assertNull(first.error(), "JMH writes \"NaN\" for the error of 2 samples");
        assertEquals(1, first.samples().size());
        assertEquals(2, first.samples().get(0).size());
        assertEquals("lower", first.secondary().get("gc.alloc.rate.norm").direction());
        assertEquals("none", first.secondary().get("gc.alloc.rate").direction());
        assertEquals(first.score() * 10, first.elementsPerSecond(), 1e-6 * first.score());
        assertEquals("Sample.boom[size=100]", document.failures().get(0).id());
        // a read-back gives the same document
        assertEquals(ResultsJson.toJson(document), ResultsJson.toJson(ResultsJson.read(ResultsJson.toJson(document))));
    }

    @Test
    void historyKeepsEachRunUnderASortableName(@TempDir Path dir) throws Exception {
        Path file = History.append(dir, seededDocument());
        assertEquals("20250102T030405Z-0123456-release-all-smoke.json", file.getFileName().toString());
        assertEquals(ResultsJson.toJson(seededDocument()), Files.readString(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file is left behind");
        }
    }

    static void assertGolden(String name, String actual) throws IOException {
        Golden.assertGolden(name, actual);
    }
}
