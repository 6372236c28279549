package io.tenflowers.autograd.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The engine a {@link PeerComparison} benchmark measures, and its workloads, built once per fork.
 *
 * <p>This file exists twice, identical but for the values of {@code engine} (PeerEnginesTest
 * holds them to that): {@code src/test/engines-tenflowers/} (the default build: this engine only)
 * and {@code src/test/engines-pytorch/} (the Maven profile {@code pytorch}: both engines). The
 * POM compiles one of the two. JMH fixes a parameter's values when it compiles the benchmarks and
 * the benchmark plugin cannot override them, so the values must differ by source: without the
 * profile {@code engine=pytorch} is not even listed, and {@code -c all} never meets a benchmark
 * that cannot run.
 */
@State(Scope.Thread)
public class PeerEngine {
    /** Which engine: {@code tenflowers} (this one) or, under the profile, also {@code pytorch}. */
    @Param({"tenflowers"})
    public String engine;

    /** The engine's workloads; open between set-up and tear-down. */
    public PeerWorkloads workloads;

    @Setup(Level.Trial)
    public void open() {
        workloads = PeerEngines.open(engine);
    }

    @TearDown(Level.Trial)
    public void close() {
        if (workloads != null) {
            workloads.close();
            workloads = null;
        }
    }
}
