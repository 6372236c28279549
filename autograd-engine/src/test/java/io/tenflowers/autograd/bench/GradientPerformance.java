package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientAccumulator;
import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.Random;

/**
 * The gradient benchmark suite (the seed's {@code gradient_performance}, category {@code basic}).
 *
 * <p>One public static nested class per group, so that JMH names every benchmark
 * {@code io.tenflowers.autograd.bench.GradientPerformance.<group>.<benchmark>} and the group can
 * be read from the name without guessing. Group and benchmark names are lower case with
 * underscores on purpose: they are parts of the stable benchmark ids
 * ({@code <Suite>.<group>.<benchmark>[k=v,…]}) that baselines key on, listed in
 * {@code src/site/markdown/benchmarks.md}. Renaming one breaks every stored baseline.
 *
 * <p>Every body returns what it computed ({@link GradientResult} or the object it built), which
 * JMH consumes, and which {@code BenchmarkBodiesTest} checks against an independent computation.
 * Every op benchmark opens a fresh tape per invocation.
 */
public final class GradientPerformance {
    private GradientPerformance() {
    }

    /** Binary element-wise ops, matmul and transpose: forward + gradient w.r.t. all inputs. */
    public static class basic extends SuiteDefaults {
        /** Two {@code [size]} operands. */
        @State(Scope.Thread)
        public static class Elements {
            @Param({"10", "100", "1000", "10000"})
            public int size;
            public BinaryOpWorkload work;

            @Setup
            public void setup() {
                work = new BinaryOpWorkload(size, SEED);
            }
        }

        /** Two {@code n×n} matrices. */
        @State(Scope.Thread)
        public static class Matrices {
            @Param({"10", "32", "100", "256"})
            public int n;
            public MatrixWorkload work;

            @Setup
            public void setup() {
                work = new MatrixWorkload(n, SEED);
            }
        }

        @Benchmark
        public GradientResult add(Elements in) {
            return in.work.add();
        }

        @Benchmark
        public GradientResult sub(Elements in) {
            return in.work.sub();
        }

        @Benchmark
        public GradientResult mul(Elements in) {
            return in.work.mul();
        }

        @Benchmark
        public GradientResult div(Elements in) {
            return in.work.div();
        }

        @Benchmark
        public GradientResult matmul(Matrices in) {
            return in.work.matmul();
        }

        @Benchmark
        public GradientResult transpose(Matrices in) {
            return in.work.transpose();
        }
    }

    /** Activations on a {@code [size]} vector: forward + gradient w.r.t. the input. */
    @State(Scope.Thread)
    public static class activation extends SuiteDefaults {
        @Param({"100", "1000", "10000"})
        public int size;
        public ActivationWorkload work;

        @Setup
        public void setup() {
            work = new ActivationWorkload(size, SEED);
        }

        @Benchmark
        public GradientResult relu() {
            return work.relu();
        }

        @Benchmark
        public GradientResult sigmoid() {
            return work.sigmoid();
        }

        @Benchmark
        public GradientResult tanh() {
            return work.tanh();
        }

        @Benchmark
        public GradientResult softmax() {
            return work.softmax();
        }
    }

    /** Full reductions of a {@code [size]} vector: forward + gradient w.r.t. the input. */
    @State(Scope.Thread)
    public static class reduction extends SuiteDefaults {
        @Param({"100", "1000", "10000"})
        public int size;
        public ReductionWorkload work;

        @Setup
        public void setup() {
            work = new ReductionWorkload(size, SEED);
        }

        @Benchmark
        public GradientResult sum() {
            return work.sum();
        }

        @Benchmark
        public GradientResult mean() {
            return work.mean();
        }

        @Benchmark
        public GradientResult max() {
            return work.max();
        }

        @Benchmark
        public GradientResult min() {
            return work.min();
        }
    }

    /** Whole models: an MLP training step and a convolution layer. */
    public static class complex extends SuiteDefaults {
        /** The 784→128→10 MLP on a batch. */
        @State(Scope.Thread)
        public static class Network {
            @Param({"32"})
            public int batch;
            public NetworkWorkload work;

            @Setup
            public void setup() {
                work = new NetworkWorkload(batch, SEED);
            }
        }

        /** 8 images 3×32×32, 16 filters 3×3, padding 1. */
        @State(Scope.Thread)
        public static class Convolution {
            public ConvolutionWorkload work;

            @Setup
            public void setup() {
                work = new ConvolutionWorkload(SEED);
            }
        }

        /** Forward, cross-entropy, gradients of all weights and biases. */
        @Benchmark
        public GradientResult neural_network(Network in) {
            return in.work.trainingStep();
        }

        /** Forward and gradients w.r.t. input, weight and bias. */
        @Benchmark
        public GradientResult convolution(Convolution in) {
            return in.work.convolve();
        }
    }

    /**
     * The MLP's gradient over a batch computed in equal micro-batches and averaged by a
     * {@link GradientAccumulator}. {@code batch_micro} is {@code <batch>_<micro-batches>}: one
     * parameter rather than two, because JMH would run every pair and the pairs with more
     * micro-batches than rows (1_2, 1_4) do not exist.
     */
    @State(Scope.Thread)
    public static class accumulation extends SuiteDefaults {
        @Param({"1_1", "4_1", "4_2", "4_4", "8_1", "8_2", "8_4", "16_1", "16_2", "16_4", "32_1", "32_2", "32_4"})
        public String batch_micro;
        public NetworkWorkload work;
        public List<ClassifierBatch> microBatches;

        @Setup
        public void setup() {
            String[] parts = batch_micro.split("_");
            if (parts.length != 2) {
                throw new IllegalArgumentException("batch_micro must be <batch>_<micro-batches>, e.g. 8_2; got '"
                        + batch_micro + "'");
            }
            int batch = Integer.parseInt(parts[0]);
            int micro = Integer.parseInt(parts[1]);
            work = new NetworkWorkload(batch, SEED);
            microBatches = work.batch().split(micro);
        }

        @Benchmark
        public List<Tensor> accumulate() {
            return work.accumulatedGradients(microBatches);
        }
    }

    /** The fixed costs of the autograd machinery. */
    public static class tape extends SuiteDefaults {
        /** A {@code [size]} tensor to watch, and a gradient to accumulate. */
        @State(Scope.Thread)
        public static class Operands {
            @Param({"1000"})
            public int size;
            public Tensor tensor;
            public List<Tensor> gradient;
            public GradientAccumulator accumulator;

            @Setup
            public void setup() {
                Random random = new Random(SEED);
                tensor = Tensor.randomUniform(random, -1f, 1f, size);
                gradient = List.of(Tensor.randomUniform(random, -1f, 1f, size));
            }

            /**
             * A fresh accumulator per iteration that has already seen one gradient, so that every
             * measured call takes the summing path (the first call only copies).
             */
            @Setup(Level.Iteration)
            public void freshAccumulator() {
                accumulator = new GradientAccumulator();
                accumulator.accumulate(gradient);
            }
        }

        /** Opening and closing an empty tape. */
        @Benchmark
        public GradientTape create() {
            try (GradientTape t = new GradientTape()) {
                return t;
            }
        }

        /** Opening a tape, watching one {@code [size]} tensor, closing (subtract {@code create} for watch alone). */
        @Benchmark
        public GradientTape watch(Operands in) {
            try (GradientTape t = new GradientTape()) {
                t.watch(in.tensor);
                return t;
            }
        }

        /** Creating an averaging gradient accumulator. */
        @Benchmark
        public GradientAccumulator accumulator_create() {
            return new GradientAccumulator(true);
        }

        /** Adding one {@code [size]} gradient to an accumulator's sums. */
        @Benchmark
        public GradientAccumulator accumulate(Operands in) {
            in.accumulator.accumulate(in.gradient);
            return in.accumulator;
        }
    }

    /**
     * Graph shapes that stress what the tape holds; run with
     * {@code -prof gc -prof io.tenflowers.autograd.bench.TapeMemoryProfiler} for their bytes.
     */
    @State(Scope.Thread)
    public static class memory extends SuiteDefaults {
        @Param({"1000"})
        public int size;
        public DeepGraphWorkload deep;
        public WideGraphWorkload wide;

        @Setup
        public void setup() {
            deep = new DeepGraphWorkload(size, SEED);
            wide = new WideGraphWorkload(size, SEED);
        }

        /** 20 × (add + tanh), forward + backward. */
        @Benchmark
        public GradientResult deep_graph() {
            return deep.forwardBackward();
        }

        /** 20 branches tanh(x ⊙ wᵢ) summed, forward + backward. */
        @Benchmark
        public GradientResult wide_graph() {
            return wide.forwardBackward();
        }
    }
}
