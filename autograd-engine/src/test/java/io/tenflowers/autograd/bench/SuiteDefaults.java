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
 * fork-to-fork spread and 10 samples per benchmark (DESIGN §6). Shorter or longer runs are the
 * business of the command line (JMH's {@code -f -wi -i -w -r}) or of the {@code bench} goal's
 * presets, which override these.
 *
 * <p>JMH reads these annotations from a benchmark class's superclasses, so each group class only
 * has to extend this one.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = SuiteDefaults.WARMUP_ITERATIONS, time = SuiteDefaults.ITERATION_SECONDS)
@Measurement(iterations = SuiteDefaults.MEASUREMENT_ITERATIONS, time = SuiteDefaults.ITERATION_SECONDS)
@Fork(SuiteDefaults.FORKS)
public abstract class SuiteDefaults {
    /** Forks of a full run. */
    public static final int FORKS = 2;
    /** Warm-up iterations per fork. */
    public static final int WARMUP_ITERATIONS = 3;
    /** Measured iterations per fork. */
    public static final int MEASUREMENT_ITERATIONS = 5;
    /** Length of one iteration, warm-up or measured. */
    public static final int ITERATION_SECONDS = 1;

    /** Seed of every benchmark's inputs: runs and tests see the same numbers. */
    public static final long SEED = 20240611L;
}
