package io.tenflowers.bench.run;

import io.tenflowers.bench.model.BenchmarkFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Console progress, the failure message, and the wait for JMH's lock. */
class ReportingTest {
    private static final Path RESULTS = Path.of("/p/target/benchmark_results/results.json");
    private static final Path LOG = Path.of("/p/target/benchmark_results/jmh.log");

    @Test
    void progressShowsCountResultAndTimeLeft() {
        List<String> info = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        AtomicLong clock = new AtomicLong(0);
        ProgressReporter progress = new ProgressReporter(4, info::add, errors::add, clock::get);
        clock.set(60_000_000_000L); // lock wait: not counted
        progress.started();
        clock.addAndGet(10_000_000_000L);
        progress.finished("io.x.Suite.basic.add", Map.of("size", "10"), "12.5 ± 0.3 ops/s");
        clock.addAndGet(10_000_000_000L);
        progress.failed(new BenchmarkFailure("io.x.Suite.basic.div", Map.of("size", "10"),
                BenchmarkFailure.Kind.EXCEPTION, "java.lang.ArithmeticException: / by zero", List.of()));
        progress.finished("io.x.Suite.basic.mul", Map.of(), "3 ops/s");
        progress.finished("io.x.Suite.basic.sub", Map.of(), "4 ops/s");
        assertEquals(List.of("[1/4] Suite.basic.add[size=10]  12.5 ± 0.3 ops/s  (about 30 s left)",
                "[3/4] Suite.basic.mul  3 ops/s  (about 7 s left)", "[4/4] Suite.basic.sub  4 ops/s"), info);
        assertEquals(List.of("[2/4] FAILED Suite.basic.div[size=10]: java.lang.ArithmeticException: / by zero"
                + "  (about 20 s left)"), errors);
        assertEquals("1 h 1 min", ProgressReporter.format(Duration.ofSeconds(3670)));
        assertEquals("2 min 5 s", ProgressReporter.format(Duration.ofSeconds(125)));
    }

    @Test
    void aStoppingSetupFailureSaysSoWithoutRepeatingTheError() {
        List<String> errors = new ArrayList<>();
        ProgressReporter progress = new ProgressReporter(4, s -> { }, errors::add, () -> 0L);
        progress.stopping(new BenchmarkFailure("io.x.Engine.add", Map.of(), BenchmarkFailure.Kind.SETUP,
                "java.lang.IllegalStateException: No GPU backend", List.of()));
        assertEquals(List.of("[1/4] FAILED Engine.add in its set-up; stopping JMH and its forks "
                + "(failFastOnSetupFailure): 3 benchmark(s) will not run."), errors);
    }

    @Test
    void aStoppedRunGivesTheSetupErrorOnceAndCountsWhatDidNotRun() {
        List<BenchmarkFailure> failures = List.of(
                new BenchmarkFailure("io.x.Engine.add", Map.of(), BenchmarkFailure.Kind.SETUP,
                        "java.lang.IllegalStateException: No GPU backend", List.of("at x")),
                new BenchmarkFailure("io.x.Engine.mul", Map.of(), BenchmarkFailure.Kind.NOT_RUN, "not run", List.of()),
                new BenchmarkFailure("io.x.Engine.sub", Map.of(), BenchmarkFailure.Kind.NOT_RUN, "not run", List.of()));
        String nl = System.lineSeparator();
        assertEquals("1 benchmark failed:" + nl
                + "  Benchmark Engine.add failed in its set-up: java.lang.IllegalStateException: No GPU backend" + nl
                + "The run was stopped after the first set-up failure of Engine.add (failFastOnSetupFailure): "
                + "2 benchmarks did not run (Engine.mul, Engine.sub). A set-up failure means a configuration the "
                + "benchmarks cannot run under: fix that (e.g. another config), or set "
                + "-Dtenflowers.bench.failFastOnSetupFailure=false to run the others anyway." + nl
                + "The results of the 1 benchmark(s) that succeeded are kept in " + RESULTS + "." + nl
                + "JMH's full output, with the stack traces: " + LOG, FailureMessage.describe(failures, 1, RESULTS, LOG));
    }

    @Test
    void oneCommonCauseIsReportedOnce() {
        List<BenchmarkFailure> failures = List.of(
                new BenchmarkFailure("io.x.Suite.basic.add", Map.of(), BenchmarkFailure.Kind.SETUP,
                        "java.lang.IllegalStateException: No GPU backend", List.of("at x")),
                new BenchmarkFailure("io.x.Suite.basic.mul", Map.of(), BenchmarkFailure.Kind.SETUP,
                        "java.lang.IllegalStateException: No GPU backend", List.of("at y")));
        String nl = System.lineSeparator();
        assertEquals("2 benchmarks failed, all in their set-up with the same error:" + nl
                + "  java.lang.IllegalStateException: No GPU backend" + nl
                + "  Benchmarks: Suite.basic.add, Suite.basic.mul" + nl
                + "JMH's full output, with the stack traces: " + LOG, FailureMessage.describe(failures, 0, RESULTS, LOG));
    }

    @Test
    void differentCausesGetOneLineEach() {
        List<BenchmarkFailure> failures = List.of(
                new BenchmarkFailure("a.B.c", Map.of("n", "2"), BenchmarkFailure.Kind.EXCEPTION,
                        "java.lang.ArithmeticException: boom", List.of()),
                new BenchmarkFailure("a.B.d", Map.of(), BenchmarkFailure.Kind.FORK_CRASH,
                        "the forked JVM exited with code 137", List.of()),
                new BenchmarkFailure("a.B.e", Map.of(), BenchmarkFailure.Kind.MISSING, "no result", List.of()));
        String nl = System.lineSeparator();
        assertEquals("3 benchmarks failed:" + nl
                + "  Benchmark B.c[n=2] threw java.lang.ArithmeticException: boom" + nl
                + "  Benchmark B.d: the forked JVM exited with code 137 (a crash, System.exit or out of memory); "
                + "its output is in " + LOG + nl
                + "  Benchmark B.e produced no result and JMH's log names no cause; see " + LOG + nl
                + "The results of the 5 benchmark(s) that succeeded are kept in " + RESULTS + "." + nl
                + "JMH's full output, with the stack traces: " + LOG, FailureMessage.describe(failures, 5, RESULTS, LOG));
    }

    @Test
    void aHeldLockMakesTheRunWaitThenFailWithTheReason(@TempDir Path dir) throws Exception {
        Path lockFile = dir.resolve("jmh.lock");
        List<String> notices = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            JmhLock lock = new JmhLock(lockFile, Duration.ofMillis(300), Duration.ofMillis(50));
            BenchmarkRunException e = assertThrows(BenchmarkRunException.class, () -> lock.awaitFree(notices::add));
            assertTrue(e.getMessage().startsWith("Another JMH run on this machine holds " + lockFile), e.getMessage());
            assertTrue(held.isValid());
        }
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("waiting up to"));
        new JmhLock(lockFile, Duration.ZERO, Duration.ofMillis(10)).awaitFree(notices::add); // free now
        assertEquals(1, notices.size());
    }
}
