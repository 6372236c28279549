package io.tenflowers.bench.run;

import io.tenflowers.bench.jmh.BenchmarkClasspath;
import io.tenflowers.bench.jmh.JmhLogParserTest;
import io.tenflowers.bench.jmh.ListedBenchmark;
import io.tenflowers.bench.model.BenchmarkFailure;
import io.tenflowers.bench.options.BenchOptions;
import io.tenflowers.bench.options.OptionsParser;
import io.tenflowers.bench.options.RawOptions;
import io.tenflowers.bench.options.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runner against a stand-in for the JMH JVM (a shell script that prints a real JMH 1.37 log of
 * two set-up failures, with a long-running child standing for a fork): with
 * {@code failFastOnSetupFailure} the JVM and its child are stopped at the first set-up failure.
 */
@DisabledOnOs(OS.WINDOWS)
class StopOnSetupFailureTest {
    @TempDir
    Path dir;

    private Path fakeJava(boolean withFork) throws IOException {
        Path log = dir.resolve("recorded.log");
        Files.write(log, JmhLogParserTest.lines("setup-failure.log"), StandardCharsets.UTF_8);
        Path script = dir.resolve("java");
        Files.writeString(script, "#!/bin/sh\n"
                + (withFork ? "sleep 300 &\necho $! > '" + dir.resolve("fork.pid") + "'\n" : "")
                + "cat '" + log + "'\n"
                + (withFork ? "wait\n" : ""));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private RunOutcome run(Path java, boolean failFast, List<String> events) throws Exception {
        BenchOptions options = OptionsParser.parse(new RawOptions(null, null, "smoke", null, null, null, null,
                null, null, List.of("none"), null, null, dir.resolve("out"), null, false),
                Vocabulary.of(Map.of(), List.of()), java);
        RunListener listener = new RunListener() {
            @Override
            public void finished(String benchmark, Map<String, String> params, String resultText) {
                events.add("finished " + benchmark);
            }

            @Override
            public void failed(BenchmarkFailure failure) {
                events.add("failed " + failure.params());
            }

            @Override
            public void stopping(BenchmarkFailure failure) {
                events.add("stopping " + failure.params());
            }

            @Override
            public void notice(String message) {
            }
        };
        JmhLock lock = new JmhLock(dir.resolve("jmh.lock"), Duration.ZERO, Duration.ofMillis(10));
        return new BenchmarkRunner(lock).run(options, BenchmarkClasspath.of(List.of(dir.toString())),
                List.of(new ListedBenchmark("sample.Sample.sum", Map.of("size", List.of("10", "100")))), failFast,
                listener, dir);
    }

    @Test
    void theFirstSetupFailureStopsTheJvmAndItsForks() throws Exception {
        List<String> events = new ArrayList<>();
        long start = System.nanoTime();
        RunOutcome outcome = run(fakeJava(true), true, events);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 60, "it did not wait for the fork");
        assertEquals(List.of("stopping {size=10}"), events);
        assertEquals(Map.of("size", "10"), outcome.stoppedBy().params());
        assertEquals(1, outcome.failures().size());
        assertNull(outcome.rawJson());
        long fork = Long.parseLong(Files.readString(dir.resolve("fork.pid")).trim());
        assertFalse(ProcessHandle.of(fork).map(ProcessHandle::isAlive).orElse(false), "the fork was stopped");
        String log = Files.readString(outcome.log());
        assertTrue(log.contains("(size = 10)") && !log.contains("(size = 100)"), log);
        assertTrue(log.strip().endsWith("nothing after this line ran to the end."), log);
    }

    @Test
    void withoutFailFastEveryFailureIsReportedAndTheRunEnds() throws Exception {
        List<String> events = new ArrayList<>();
        RunOutcome outcome = run(fakeJava(false), false, events);
        assertEquals(List.of("failed {size=10}", "failed {size=100}"), events);
        assertNull(outcome.stoppedBy());
        assertEquals(0, outcome.exitCode());
    }
}
