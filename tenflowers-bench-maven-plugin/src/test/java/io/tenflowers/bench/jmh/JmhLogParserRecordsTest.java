package io.tenflowers.bench.jmh;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Results rebuilt from logs captured from real JMH 1.37 runs, for a run stopped before JMH wrote its JSON. */
class JmhLogParserRecordsTest {
    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = JmhLogParserRecordsTest.class.getResourceAsStream("/jmh/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static List<JmhRecord> records(List<String> log) {
        return JmhLogParser.read(log).records();
    }

    private static String version(List<String> log) {
        return JmhLogParser.read(log).jmhVersion();
    }

    @Test
    void everyBenchmarkWithAResultBlockGivesARecordAndAFailedOneNone() throws IOException {
        List<JmhRecord> records = records(lines("exception-and-results.log"));
        assertEquals(List.of("sample.Sample.boom{size=10}", "sample.Sample.boom{size=1000}",
                        "sample.Sample.props{size=10}", "sample.Sample.props{size=100}", "sample.Sample.props{size=1000}"),
                records.stream().map(r -> r.benchmark() + r.params()).toList());
        JmhRecord boom = records.get(1);
        assertEquals("thrpt", boom.mode());
        assertEquals("1.37", boom.jmhVersion());
        assertEquals("17.0.15", boom.jdkVersion());
        assertEquals("OpenJDK 64-Bit Server VM", boom.vmName());
        assertEquals("17.0.15+6-Debian-1deb12u1", boom.vmVersion());
        assertEquals("/usr/lib/jvm/java-17-openjdk-amd64/bin/java", boom.jvm());
        assertEquals(List.of("-Dx.y=hello", "-Xmx256m", "-Dz=1"), boom.jvmArgs());
        assertEquals(1, boom.forks());
        assertEquals(0, boom.warmupIterations());
        assertEquals(2, boom.measurementIterations());
        assertEquals("100 ms", boom.measurementTime());
        assertEquals(new JmhMetric(2203547612.478, null, "ops/s",
                List.of(List.of(2510463603.957, 1896631620.998))), boom.primary());
        // values JMH prints only as an order of magnitude are unknown, not zero
        assertEquals(List.of(Arrays.asList(0.001, null)), boom.secondary().get("gc.alloc.rate.norm").samples());
        assertNull(boom.secondary().get("gc.count").score());
        assertEquals("counts", boom.secondary().get("gc.count").unit());

        JmhRecord props = records.get(2);
        assertEquals(List.of("gc.alloc.rate", "gc.alloc.rate.norm", "gc.count", "gc.time"),
                List.copyOf(props.secondary().keySet()));
        assertEquals(new JmhMetric(1451.971, null, "B/op", List.of(List.of(1519.413, 1384.530))),
                props.secondary().get("gc.alloc.rate.norm"));
        assertEquals(new JmhMetric(6.0, null, "ms", List.of(List.of(12.0))), props.secondary().get("gc.time"));
    }

    @Test
    void aLogCutShortAfterASetupFailureHasNoRecordsButItsVersion() throws IOException {
        List<String> log = lines("setup-failure.log").subList(0, 40);
        assertEquals(List.of(), records(log));
        assertEquals("1.37", version(log));
        assertNull(version(List.of("Error: no JMH here")));
    }

    @Test
    void forksScoresErrorsAndModes() {
        List<JmhRecord> records = records(List.of(
                "# JMH version: 1.37",
                "# Warmup: 3 iterations, 1 s each",
                "# Measurement: 2 iterations, 1 s each",
                "# Benchmark mode: Average time, time/op",
                "# Benchmark: a.B.c",
                "",
                "# Fork: 1 of 2",
                "# Warmup Iteration   1: 9.000 us/op",
                "Iteration   1: 1.500 us/op",
                "Iteration   2: 1,750 us/op",
                "",
                "# Fork: 2 of 2",
                "Iteration   1: 2.000 us/op",
                "Iteration   2: 2.250 us/op",
                "",
                "",
                "Result \"a.B.c\":",
                "  1.875 ±(99.9%) 0.321 us/op [Average]",
                "  (min, avg, max) = (1.500, 1.875, 2.250), stdev = 0.323"));
        assertEquals(1, records.size());
        JmhRecord record = records.get(0);
        assertEquals("avgt", record.mode());
        assertEquals(Map.of(), record.params());
        assertEquals(2, record.forks());
        assertEquals(3, record.warmupIterations());
        assertEquals(new JmhMetric(1.875, 0.321, "us/op", List.of(List.of(1.5, 1.75), List.of(2.0, 2.25))),
                record.primary());
    }

    @Test
    void valuesAsJmhPrintsThem() {
        assertEquals(new LogRecordCollector.Value(3345908.045, 123.456, "ops/s"),
                LogRecordCollector.Value.parse("  3345908.045 ±(99.9%) 123.456 ops/s [Average]"));
        assertEquals(new LogRecordCollector.Value(12.5, 0.1, "us/op"), LogRecordCollector.Value.parse("12.5 +-(99.9%) 0.1 us/op"));
        assertEquals(new LogRecordCollector.Value(null, null, "B/op"), LogRecordCollector.Value.parse("≈ 10⁻⁵ B/op"));
        assertEquals(new LogRecordCollector.Value(null, null, "counts"), LogRecordCollector.Value.parse("≈ 0 counts"));
        assertEquals(new LogRecordCollector.Value(null, null, null), LogRecordCollector.Value.parse("<failure>"));
        assertEquals("ss", LogRecordCollector.mode("Single shot invocation time"));
        assertEquals("sample", LogRecordCollector.mode("Sampling time"));
    }
}
