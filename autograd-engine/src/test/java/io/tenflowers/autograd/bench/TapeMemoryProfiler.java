package io.tenflowers.autograd.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * JMH profiler that reports the bytes a {@link io.tenflowers.autograd.GradientTape} retains for
 * backward, as measured by the engine ({@code GradientTape.retainedBytes()}), averaged per
 * operation over each iteration:
 * <ul>
 *   <li>{@value #RETAINED} ({@value #UNIT}): bytes of the distinct arrays the tape holds after
 *       the forward pass;</li>
 *   <li>{@value #OVERHEAD} ({@value #UNIT}): of those, the bytes a forward pass without a tape
 *       would already have freed (only benchmarks that compare the two report it).</li>
 * </ul>
 * Enable it with {@code -prof io.tenflowers.autograd.bench.TapeMemoryProfiler}. It runs inside
 * the benchmark JVM; benchmarks that open no tape report nothing. While it runs, bodies pay for
 * the accounting walk, so read throughput from a run without it.
 *
 * <p>Why a profiler and not {@code @AuxCounters}: EVENTS counters are summed over iterations and
 * forks, and OPERATIONS counters are reported as a rate; neither gives bytes per operation.
 */
public final class TapeMemoryProfiler implements InternalProfiler {
    /** Label of the retained-bytes secondary result. */
    public static final String RETAINED = "tape.retained.bytes";
    /** Label of the tracking-overhead secondary result. */
    public static final String OVERHEAD = "tape.overhead.bytes";
    /** Unit of both: lower is better. */
    public static final String UNIT = "B/op";

    @Override
    public String getDescription() {
        return "Bytes the GradientTape retains for backward (engine accounting), per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        TapeMemory.start();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        return results(TapeMemory.stop());
    }

    /** The secondary results for one iteration's totals; none for a metric without samples. */
    static List<ScalarResult> results(TapeMemory.Totals totals) {
        List<ScalarResult> results = new ArrayList<>(2);
        if (totals.retainedSamples() > 0) {
            results.add(new ScalarResult(RETAINED, totals.meanRetained(), UNIT, AggregationPolicy.AVG));
        }
        if (totals.overheadSamples() > 0) {
            results.add(new ScalarResult(OVERHEAD, totals.meanOverhead(), UNIT, AggregationPolicy.AVG));
        }
        return results;
    }
}
