package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.Tensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * The comparison and regression suite (the seed's {@code performance_comparison}, category
 * {@code comparison}). Naming as in {@link GradientPerformance}: one nested class per group, ids
 * {@code PerformanceComparison.<group>.<benchmark>[params]}, documented in
 * {@code src/site/markdown/benchmarks.md}.
 */
public final class PerformanceComparison {
    private PerformanceComparison() {
    }

    /**
     * The six benchmarks of the seed's baseline table, at its sizes, with the same bodies as
     * their {@code GradientPerformance} counterparts. Their floors (minimum ops/s, judged by the
     * baseline gate on {@code release} runs of a measuring preset) are in
     * {@code autograd-engine/benchmarks/baseline.json}.
     */
    public static class regression extends SuiteDefaults {
        /** The inputs of add and mul, at the seed's size (floors: baseline.json). */
        @State(Scope.Thread)
        public static class Elements1000 {
            @Param({"1000"})
            public int size;
            public BinaryOpWorkload work;

            @Setup
            public void setup() {
                work = new BinaryOpWorkload(size, SEED);
            }
        }

        /** The input of relu and sigmoid, at the seed's size (floors: baseline.json). */
        @State(Scope.Thread)
        public static class Activations10000 {
            @Param({"10000"})
            public int size;
            public ActivationWorkload work;
            /** Extra relu work when a gate's power is measured ({@link Slowdown}). */
            public Slowdown slowdown;
            /** Where the extra runs' results go, so that they are not eliminated as dead code. */
            public GradientResult sink;

            @Setup
            public void setup() {
                work = new ActivationWorkload(size, SEED);
                slowdown = Slowdown.of("relu");
            }
        }

        /** The inputs of matmul, at the seed's size (floor: baseline.json). */
        @State(Scope.Thread)
        public static class Matrices100 {
            @Param({"100"})
            public int n;
            public MatrixWorkload work;

            @Setup
            public void setup() {
                work = new MatrixWorkload(n, SEED);
            }
        }

        /** The network and batch of neural_network, at the seed's size (floor: baseline.json). */
        @State(Scope.Thread)
        public static class Network32 {
            @Param({"32"})
            public int batch;
            public NetworkWorkload work;
            /** Extra training steps when a gate's power is measured ({@link Slowdown}). */
            public Slowdown slowdown;
            /** Where the extra runs' results go, so that they are not eliminated as dead code. */
            public GradientResult sink;

            @Setup
            public void setup() {
                work = new NetworkWorkload(batch, SEED);
                slowdown = Slowdown.of("neural_network");
            }
        }

        @Benchmark
        public GradientResult add(Elements1000 in) {
            return in.work.add();
        }

        @Benchmark
        public GradientResult mul(Elements1000 in) {
            return in.work.mul();
        }

        @Benchmark
        public GradientResult relu(Activations10000 in) {
            for (int extra = in.slowdown.extraRuns(); extra > 0; extra--) {
                in.sink = in.work.relu();
            }
            return in.work.relu();
        }

        @Benchmark
        public GradientResult sigmoid(Activations10000 in) {
            return in.work.sigmoid();
        }

        @Benchmark
        public GradientResult matmul(Matrices100 in) {
            return in.work.matmul();
        }

        @Benchmark
        public GradientResult neural_network(Network32 in) {
            for (int extra = in.slowdown.extraRuns(); extra > 0; extra--) {
                in.sink = in.work.trainingStep();
            }
            return in.work.trainingStep();
        }
    }

    /**
     * Memory held for gradient tracking vs a forward pass alone, on the same graph. Run with
     * {@code -prof gc -prof io.tenflowers.autograd.bench.TapeMemoryProfiler}: {@code gc.alloc.rate.norm}
     * is allocated B/op for each, {@code tape.retained.bytes} what the tape keeps alive
     * ({@code tracked}; 0 for {@code forward_only}), {@code tape.overhead.bytes} the part of it a
     * forward pass alone would have freed: the tracking overhead.
     */
    @State(Scope.Thread)
    public static class memory_usage extends SuiteDefaults {
        @Param({"100", "1000", "10000"})
        public int size;
        public TrackingWorkload work;

        @Setup
        public void setup() {
            work = new TrackingWorkload(size, SEED);
        }

        /** The forward pass recorded on a tape (no backward). */
        @Benchmark
        public Tensor tracked() {
            return work.tracked();
        }

        /** The same forward pass without a tape. */
        @Benchmark
        public Tensor forward_only() {
            return work.forwardOnly();
        }
    }

    /**
     * Forward only vs forward + backward of the MLP training step on one batch: the ratio of the
     * two scores (forward_only / forward_backward) is how many times more a training step costs
     * than inference, read from one run.
     */
    @State(Scope.Thread)
    public static class gradient_overhead extends SuiteDefaults {
        @Param({"32"})
        public int batch;
        public NetworkWorkload work;

        @Setup
        public void setup() {
            work = new NetworkWorkload(batch, SEED);
        }

        /** Forward and loss, no tape. */
        @Benchmark
        public Tensor forward_only() {
            return work.forwardLoss();
        }

        /** Forward and loss on a tape, then the gradients of all parameters. */
        @Benchmark
        public GradientResult forward_backward() {
            return work.trainingStep();
        }
    }

    /**
     * A linear classifier {@code [batch,784]·[784,10]+b} with cross-entropy, forward + backward,
     * over a sweep of batch sizes: samples/s = score × batch, and the exponent of score ∝ batch^k
     * is fitted over the sweep (k = 0 ideal per-call overhead bound, k = -1 linear in work).
     */
    @State(Scope.Thread)
    public static class scalability extends SuiteDefaults {
        @Param({"1", "8", "32", "128"})
        public int batch;
        public LinearClassifierWorkload work;

        @Setup
        public void setup() {
            work = new LinearClassifierWorkload(batch, SEED);
        }

        @Benchmark
        public GradientResult linear_classifier() {
            return work.trainingStep();
        }
    }

    /**
     * The MLP's gradient over an effective batch of {@value #EFFECTIVE_BATCH} rows, computed in
     * micro-batches of {@code micro_batch} rows (128 / micro_batch tapes per op) and averaged.
     */
    @State(Scope.Thread)
    public static class accumulation_strategies extends SuiteDefaults {
        /** Rows per operation, whatever the micro-batch. */
        public static final int EFFECTIVE_BATCH = 128;

        @Param({"1", "4", "16", "32"})
        public int micro_batch;
        public NetworkWorkload work;
        public List<ClassifierBatch> microBatches;

        @Setup
        public void setup() {
            work = new NetworkWorkload(EFFECTIVE_BATCH, SEED);
            microBatches = work.batch().split(EFFECTIVE_BATCH / micro_batch);
        }

        @Benchmark
        public List<Tensor> accumulate() {
            return work.accumulatedGradients(microBatches);
        }
    }

    /** Chains of {@code length} element-wise ops on 1000 elements, forward + backward. */
    @State(Scope.Thread)
    public static class operation_chain extends SuiteDefaults {
        @Param({"5", "10", "20", "50"})
        public int length;
        public ChainWorkload work;

        @Setup
        public void setup() {
            work = new ChainWorkload(length, SEED);
        }

        @Benchmark
        public GradientResult chain() {
            return work.forwardBackward();
        }
    }
}
