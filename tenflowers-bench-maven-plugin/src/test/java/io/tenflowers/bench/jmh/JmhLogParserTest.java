package io.tenflowers.bench.jmh;

import io.tenflowers.bench.model.BenchmarkFailure;
import io.tenflowers.bench.run.RunListener;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feeds logs captured from real JMH 1.37 runs ({@code src/test/resources/jmh}). */
public class JmhLogParserTest {
    private final List<String> finished = new ArrayList<>();
    private final List<BenchmarkFailure> failed = new ArrayList<>();
    private final RunListener listener = new RunListener() {
        @Override
        public void finished(String benchmark, Map<String, String> params, String resultText) {
            finished.add(benchmark + params + " " + resultText);
        }

        @Override
        public void failed(BenchmarkFailure failure) {
            failed.add(failure);
        }

        @Override
        public void notice(String message) {
        }
    };

    public static List<String> lines(String resource) throws IOException {
        try (InputStream in = JmhLogParserTest.class.getResourceAsStream("/jmh/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private JmhLogParser parse(String resource) throws IOException {
        JmhLogParser parser = new JmhLogParser(listener);
        lines(resource).forEach(parser::accept);
        parser.finish();
        return parser;
    }

    @Test
    void resultsAndAnExceptionAreAttributedToTheirBenchmarkAndParameters() throws IOException {
        JmhLogParser parser = parse("exception-and-results.log");
        assertEquals(List.of(
                "sample.Sample.boom{size=10} 61660447.183 ops/s",
                "sample.Sample.boom{size=1000} 2203547612.478 ops/s",
                "sample.Sample.props{size=10} 40301.116 ops/s",
                "sample.Sample.props{size=100} 14124.100 ops/s",
                "sample.Sample.props{size=1000} 10542.234 ops/s"), finished);
        assertEquals(1, failed.size());
        BenchmarkFailure failure = failed.get(0);
        assertEquals("sample.Sample.boom", failure.benchmark());
        assertEquals(Map.of("size", "100"), failure.params());
        assertEquals(BenchmarkFailure.Kind.EXCEPTION, failure.kind());
        assertEquals("java.lang.ArithmeticException: division by zero in boom", failure.error());
        assertTrue(failure.detail().get(0).contains("at sample.Sample.boom(Sample.java:10)"));
        assertEquals(parser.failures(), failed);
        assertFalse(parser.lockBusy());
    }

    @Test
    void anExceptionInSetupIsASetupFailure() throws IOException {
        parse("setup-failure.log");
        assertEquals(2, failed.size());
        for (BenchmarkFailure failure : failed) {
            assertEquals(BenchmarkFailure.Kind.SETUP, failure.kind());
            assertEquals("java.lang.IllegalStateException: No GPU backend is available: this engine has none "
                    + "(config gpu)", failure.error());
        }
        assertEquals(List.of(Map.of("size", "10"), Map.of("size", "100")),
                failed.stream().map(BenchmarkFailure::params).toList());
        assertEquals(List.of(), finished);
    }

    @Test
    void aDeadForkIsACrashWithItsExitCode() throws IOException {
        parse("fork-crash.log");
        assertEquals(1, failed.size());
        assertEquals(BenchmarkFailure.Kind.FORK_CRASH, failed.get(0).kind());
        assertEquals("sample.Crash.die", failed.get(0).benchmark());
        assertEquals("the forked JVM exited with code 3", failed.get(0).error());
    }

    @Test
    void theLockMessageIsRecognised() {
        JmhLogParser parser = new JmhLogParser(listener);
        parser.accept("ERROR: org.openjdk.jmh.runner.RunnerException: ERROR: Another JMH instance might be running. "
                + "Unable to acquire the JMH lock (/tmp/jmh.lock), exiting.");
        assertTrue(parser.lockBusy());
    }

    @Test
    void resultLinesAreCleaned() {
        assertEquals("3345908.045 ± 123.456 ops/s",
                JmhLogParser.cleanResult("  3345908.045 ±(99.9%) 123.456 ops/s [Average]"));
        assertEquals("12.5 ± 0.1 us/op", JmhLogParser.cleanResult("  12.5 +-(99.9%) 0.1 us/op"));
        assertEquals("61660447.183 ops/s", JmhLogParser.cleanResult("  61660447.183 ops/s"));
    }

    @Test
    void parametersWithSeveralNames() {
        assertEquals(Map.of("batch", "32", "micro", "4", "label", "a, b"),
                JmhLogSyntax.parameters("# Parameters: (batch = 32, label = a, b, micro = 4)"));
    }
}
