package io.tenflowers.bench.session;

import io.tenflowers.bench.jmh.BenchmarkClasspath;
import io.tenflowers.bench.jmh.JmhMetric;
import io.tenflowers.bench.jmh.JmhRecord;
import io.tenflowers.bench.jmh.ListedBenchmark;
import io.tenflowers.bench.model.BenchmarkFailure;
import io.tenflowers.bench.run.RunOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BenchSessionTest {
    private static JmhRecord record(String name, Map<String, String> params) {
        return new JmhRecord(name, "thrpt", params, new JmhMetric(1.0, null, "ops/s", List.of()), Map.of(), "1.37",
                "java", List.of(), "17", "vm", "17", 1, 0, 1, "1 s");
    }

    @Test
    void aBenchmarkAbsentFromTheResultsWithoutALoggedFailureIsReportedMissing() {
        Map<String, List<String>> sizes = new LinkedHashMap<>();
        sizes.put("size", List.of("10", "100"));
        List<ListedBenchmark> selected = List.of(new ListedBenchmark("a.S.add", sizes),
                new ListedBenchmark("a.S.div", sizes), new ListedBenchmark("a.S.plain", Map.of()));
        List<JmhRecord> records = List.of(record("a.S.add", Map.of("size", "10")),
                record("a.S.add", Map.of("size", "100")), record("a.S.div", Map.of("size", "10")));
        List<BenchmarkFailure> logged = List.of(new BenchmarkFailure("a.S.div", Map.of("size", "100"),
                BenchmarkFailure.Kind.EXCEPTION, "java.lang.ArithmeticException", List.of()));
        List<BenchmarkFailure> missing = BenchSession.missing(selected, records, logged);
        assertEquals(1, missing.size());
        assertEquals("a.S.plain", missing.get(0).benchmark());
        assertEquals(BenchmarkFailure.Kind.MISSING, missing.get(0).kind());
    }

    @Test
    void benchmarksAbsentAfterAStopDidNotRun() {
        BenchmarkFailure cause = new BenchmarkFailure("a.S.add", Map.of("size", "10"), BenchmarkFailure.Kind.SETUP,
                "java.lang.IllegalStateException: no GPU", List.of());
        List<BenchmarkFailure> notRun = BenchSession.notRun(List.of(new BenchmarkFailure("a.S.mul", Map.of(),
                BenchmarkFailure.Kind.MISSING, "no result", List.of())), cause);
        assertEquals(1, notRun.size());
        assertEquals(BenchmarkFailure.Kind.NOT_RUN, notRun.get(0).kind());
        assertEquals("not run: the run was stopped after the set-up failure of S.add[size=10] "
                + "(failFastOnSetupFailure)", notRun.get(0).error());
    }

    @Test
    void theJmhVersionIsKnownWhenEveryBenchmarkFailed(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("jmh.log");
        Files.writeString(log, "# JMH version: 1.37\n# VM version: JDK 17\n");
        RunOutcome failedRun = new RunOutcome(0, List.of(), null, log, Instant.EPOCH, Instant.EPOCH, null,
                List.of());
        BenchmarkClasspath noJmhVersion = BenchmarkClasspath.of(List.of(dir.toString()));
        assertEquals("1.37", BenchSession.jmhVersion(noJmhVersion, failedRun, List.of()));
        RunOutcome noLog = new RunOutcome(0, List.of(), null, dir.resolve("absent.log"), Instant.EPOCH,
                Instant.EPOCH, null, List.of());
        assertEquals("1.37", BenchSession.jmhVersion(noJmhVersion, noLog, List.of(record("a.S.add", Map.of()))));
        assertEquals(null, BenchSession.jmhVersion(noJmhVersion, noLog, List.of()));
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("org/openjdk/jmh"));
        Files.writeString(classes.resolve("org/openjdk/jmh/Main.class"), "");
        Files.writeString(classes.resolve("jmh.properties"), "jmh.version=1.36\n");
        assertEquals("1.36", BenchSession.jmhVersion(BenchmarkClasspath.of(List.of(classes.toString())), failedRun,
                List.of()));
    }

    @Test
    void combinationsAreTheCartesianProduct() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("batch", List.of("1", "4"));
        params.put("micro", List.of("1", "2", "4"));
        List<Map<String, String>> combinations = BenchSession.combinations(params);
        assertEquals(6, combinations.size());
        assertEquals(Map.of("batch", "4", "micro", "2"), combinations.get(4));
        assertEquals(List.of(Map.of()), BenchSession.combinations(Map.of()));
    }
}
