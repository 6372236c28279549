package io.tenflowers.autograd.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The run settings every benchmark group inherits: throughput in ops/s, and the length of a full
 * run (2 forks × (3 warm-up + 5 measured iterations of 1 s)). Two forks give the baseline gate
 * fork-to-fork spread (two JIT outcomes) and 10 samples per benchmark: with 5 + 5 samples an exact
 * Mann-Whitney test at α = 0.01 can reach significance. Shorter or longer runs are the
 * business of the command line (JMH's {@code -f -wi -i -w -r}) or of the {@code bench} goal's
 * presets, which override these.
 *
 * <p>Forks load the Vector API module (the engine's fast kernels; without it the engine silently
 * uses its scalar ones) and get a fixed, pre-touched heap ({@link #HEAP_FLAGS}). Without it the heap grows while
 * the benchmark runs and every fresh page is faulted in by the kernel: on the 2-core development
 * machine single 1 s iterations of {@code regression.relu} then ranged from 1.2k to 36k ops/s
 * (system time 30-40 %); with it they stayed within 71k-81k from the first warm-up iteration.
 * First touches of memory are slow on that machine (pre-touching 1 GB took ~3 s per fork), hence
 * a small heap. The flags are prepended, so a configuration's {@code -jvmArgsAppend} (e.g.
 * {@code debug}'s C1 flags) adds to them and its own heap flags win; a command-line
 * {@code -jvmArgsPrepend} replaces them.
 *
 * <p>JMH reads these annotations from a benchmark class's superclasses, so each group class only
 * has to extend this one. Through this class every group is also a {@link ConfiguredBackendState}:
 * each trial first refuses a backend the engine does not have.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = SuiteDefaults.WARMUP_ITERATIONS, time = SuiteDefaults.ITERATION_SECONDS)
@Measurement(iterations = SuiteDefaults.MEASUREMENT_ITERATIONS, time = SuiteDefaults.ITERATION_SECONDS)
@Fork(value = SuiteDefaults.FORKS,
        jvmArgsPrepend = {"-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch", "--add-modules=jdk.incubator.vector"})
public abstract class SuiteDefaults extends ConfiguredBackendState {
    /** Forks of a full run. */
    public static final int FORKS = 2;
    /** Warm-up iterations per fork. */
    public static final int WARMUP_ITERATIONS = 3;
    /** Measured iterations per fork. */
    public static final int MEASUREMENT_ITERATIONS = 5;
    /** Length of one iteration, warm-up or measured. */
    public static final int ITERATION_SECONDS = 1;

    /**
     * JVM flags every fork starts with (the same as the {@code @Fork} annotation's): the heap, and
     * the Vector API module. The live data
     * of any benchmark is a few MB; the most it allocates is ~55 MB per operation, short-lived.
     */
    public static final String HEAP_FLAGS = "-Xms256m -Xmx256m -XX:+AlwaysPreTouch --add-modules=jdk.incubator.vector";

    /** Seed of every benchmark's inputs: runs and tests see the same numbers. */
    public static final long SEED = 20240611L;
}
