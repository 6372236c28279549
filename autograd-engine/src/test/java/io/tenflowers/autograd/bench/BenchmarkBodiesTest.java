package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientAccumulator;
import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;
import io.tenflowers.autograd.bench.BenchmarkInvoker.Invocation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.tenflowers.autograd.bench.Approx.assertClose;
import static io.tenflowers.autograd.bench.Approx.assertScalar;
import static io.tenflowers.autograd.bench.Reference.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls every benchmark body once per parameter combination, exactly as JMH sets it up, and
 * checks what it computed against {@link Reference}: a benchmark must measure what its name says.
 * A finite score proves nothing; the seed's "max" benchmark ran add and scored fine.
 */
class BenchmarkBodiesTest {
    private static final Class<?>[] SUITES = {GradientPerformance.class, PerformanceComparison.class};

    /** One check per benchmark, by {@code Suite.group.name}. */
    private static final Map<String, Consumer<Invocation>> CHECKS = new TreeMap<>();

    static {
        String gp = "GradientPerformance.";
        CHECKS.put(gp + "basic.add", i -> checkBinary(i, i.state(GradientPerformance.basic.Elements.class).work, "add"));
        CHECKS.put(gp + "basic.sub", i -> checkBinary(i, i.state(GradientPerformance.basic.Elements.class).work, "sub"));
        CHECKS.put(gp + "basic.mul", i -> checkBinary(i, i.state(GradientPerformance.basic.Elements.class).work, "mul"));
        CHECKS.put(gp + "basic.div", i -> checkBinary(i, i.state(GradientPerformance.basic.Elements.class).work, "div"));
        CHECKS.put(gp + "basic.matmul", i -> checkMatmul(i, i.state(GradientPerformance.basic.Matrices.class).work, i.intParam("n")));
        CHECKS.put(gp + "basic.transpose", i -> checkTranspose(i, i.state(GradientPerformance.basic.Matrices.class).work, i.intParam("n")));
        for (String activation : List.of("relu", "sigmoid", "tanh", "softmax")) {
            CHECKS.put(gp + "activation." + activation,
                    i -> checkActivation(i, i.state(GradientPerformance.activation.class).work, activation));
        }
        for (String reduction : List.of("sum", "mean", "max", "min")) {
            CHECKS.put(gp + "reduction." + reduction,
                    i -> checkReduction(i, i.state(GradientPerformance.reduction.class).work, reduction));
        }
        CHECKS.put(gp + "complex.neural_network", i -> checkTrainingStep(i, i.state(GradientPerformance.complex.Network.class).work));
        CHECKS.put(gp + "complex.convolution", i -> checkConvolution(i, i.state(GradientPerformance.complex.Convolution.class).work));
        CHECKS.put(gp + "accumulation.accumulate", BenchmarkBodiesTest::checkAccumulation);
        CHECKS.put(gp + "tape.create", BenchmarkBodiesTest::checkTapeCreate);
        CHECKS.put(gp + "tape.watch", BenchmarkBodiesTest::checkTapeWatch);
        CHECKS.put(gp + "tape.accumulator_create", BenchmarkBodiesTest::checkAccumulatorCreate);
        CHECKS.put(gp + "tape.accumulate", BenchmarkBodiesTest::checkAccumulate);
        CHECKS.put(gp + "memory.deep_graph", BenchmarkBodiesTest::checkDeepGraph);
        CHECKS.put(gp + "memory.wide_graph", BenchmarkBodiesTest::checkWideGraph);

        String pc = "PerformanceComparison.";
        CHECKS.put(pc + "regression.add", i -> checkBinary(i, i.state(PerformanceComparison.regression.Elements1000.class).work, "add"));
        CHECKS.put(pc + "regression.mul", i -> checkBinary(i, i.state(PerformanceComparison.regression.Elements1000.class).work, "mul"));
        CHECKS.put(pc + "regression.relu",
                i -> checkActivation(i, i.state(PerformanceComparison.regression.Activations10000.class).work, "relu"));
        CHECKS.put(pc + "regression.sigmoid",
                i -> checkActivation(i, i.state(PerformanceComparison.regression.Activations10000.class).work, "sigmoid"));
        CHECKS.put(pc + "regression.matmul",
                i -> checkMatmul(i, i.state(PerformanceComparison.regression.Matrices100.class).work, i.intParam("n")));
        CHECKS.put(pc + "regression.neural_network",
                i -> checkTrainingStep(i, i.state(PerformanceComparison.regression.Network32.class).work));
        CHECKS.put(pc + "memory_usage.tracked", i -> checkTracking(i, true));
        CHECKS.put(pc + "memory_usage.forward_only", i -> checkTracking(i, false));
        CHECKS.put(pc + "gradient_overhead.forward_only", BenchmarkBodiesTest::checkForwardOnly);
        CHECKS.put(pc + "gradient_overhead.forward_backward",
                i -> checkTrainingStep(i, i.state(PerformanceComparison.gradient_overhead.class).work));
        CHECKS.put(pc + "scalability.linear_classifier", BenchmarkBodiesTest::checkLinearClassifier);
        CHECKS.put(pc + "accumulation_strategies.accumulate", BenchmarkBodiesTest::checkAccumulationStrategy);
        CHECKS.put(pc + "operation_chain.chain", BenchmarkBodiesTest::checkChain);
    }

    @Test
    void everyBenchmarkHasACheck() {
        assertEquals(BenchmarkInvoker.benchmarks(SUITES).keySet(), CHECKS.keySet(),
                "each @Benchmark needs a check here that recomputes its result independently");
    }

    @TestFactory
    Stream<DynamicTest> everyBenchmarkComputesWhatItsNameSays() {
        return BenchmarkInvoker.benchmarks(SUITES).entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Method benchmark = e.getValue();
            Consumer<Invocation> check = CHECKS.get(e.getKey());
            List<Invocation> calls = BenchmarkInvoker.invokeAll(benchmark);
            assertFalse(calls.isEmpty());
            for (Invocation call : calls) {
                try {
                    check.accept(call);
                } catch (AssertionError failure) {
                    throw new AssertionError(call.id() + ": " + failure.getMessage(), failure);
                }
            }
        }));
    }

    // ------------------------------------------------------------------ op benchmarks

    private static void checkBinary(Invocation call, BinaryOpWorkload work, String op) {
        GradientResult r = (GradientResult) call.result();
        double[] a = values(work.a());
        double[] b = values(work.b());
        double[] g = values(work.outputGradient());
        int n = a.length;
        double[] y = new double[n];
        double[] da = new double[n];
        double[] db = new double[n];
        for (int k = 0; k < n; k++) {
            switch (op) {
                case "add" -> { y[k] = a[k] + b[k]; da[k] = g[k]; db[k] = g[k]; }
                case "sub" -> { y[k] = a[k] - b[k]; da[k] = g[k]; db[k] = -g[k]; }
                case "mul" -> { y[k] = a[k] * b[k]; da[k] = g[k] * b[k]; db[k] = g[k] * a[k]; }
                case "div" -> { y[k] = a[k] / b[k]; da[k] = g[k] / b[k]; db[k] = -g[k] * a[k] / (b[k] * b[k]); }
                default -> throw new IllegalArgumentException(op);
            }
        }
        int[] shape = {call.intParam("size")};
        assertEquals(shape[0], n, "operand size follows the size param");
        assertClose(op + " value", y, shape, r.value());
        assertClose(op + " d/da", da, shape, r.gradient(0));
        assertClose(op + " d/db", db, shape, r.gradient(1));
        assertTapeSampledOnce(call);
    }

    private static void checkMatmul(Invocation call, MatrixWorkload work, int n) {
        GradientResult r = (GradientResult) call.result();
        double[] a = values(work.a());
        double[] b = values(work.b());
        double[] g = values(work.outputGradient());
        int[] shape = {n, n};
        assertClose("matmul value", Reference.matmul(a, b, n, n, n), shape, r.value());
        assertClose("matmul d/da = g·bᵀ", Reference.matmul(g, Reference.transpose(b, n, n), n, n, n), shape, r.gradient(0));
        assertClose("matmul d/db = aᵀ·g", Reference.matmul(Reference.transpose(a, n, n), g, n, n, n), shape, r.gradient(1));
        assertTapeSampledOnce(call);
    }

    private static void checkTranspose(Invocation call, MatrixWorkload work, int n) {
        GradientResult r = (GradientResult) call.result();
        int[] shape = {n, n};
        assertClose("transpose value", Reference.transpose(values(work.a()), n, n), shape, r.value());
        assertClose("transpose d/da = gᵀ", Reference.transpose(values(work.outputGradient()), n, n), shape, r.gradient(0));
        assertEquals(1, r.gradients().size());
    }

    private static void checkActivation(Invocation call, ActivationWorkload work, String activation) {
        GradientResult r = (GradientResult) call.result();
        double[] x = values(work.x());
        double[] g = values(work.outputGradient());
        int n = x.length;
        double[] y = new double[n];
        double[] dx = new double[n];
        if (activation.equals("softmax")) {
            y = Reference.softmax(x);
            double dot = 0;
            for (int k = 0; k < n; k++) {
                dot += g[k] * y[k];
            }
            for (int k = 0; k < n; k++) {
                dx[k] = y[k] * (g[k] - dot);
            }
        } else {
            for (int k = 0; k < n; k++) {
                switch (activation) {
                    case "relu" -> { y[k] = Math.max(x[k], 0); dx[k] = x[k] > 0 ? g[k] : 0; }
                    case "sigmoid" -> { y[k] = Reference.sigmoid(x[k]); dx[k] = g[k] * y[k] * (1 - y[k]); }
                    case "tanh" -> { y[k] = Math.tanh(x[k]); dx[k] = g[k] * (1 - y[k] * y[k]); }
                    default -> throw new IllegalArgumentException(activation);
                }
            }
        }
        int[] shape = {call.intParam("size")};
        assertClose(activation + " value", y, shape, r.value());
        assertClose(activation + " d/dx", dx, shape, r.gradient(0));
        assertTapeSampledOnce(call);
    }

    private static void checkReduction(Invocation call, ReductionWorkload work, String reduction) {
        GradientResult r = (GradientResult) call.result();
        double[] x = values(work.x());
        int n = x.length;
        double[] dx = new double[n];
        double value;
        switch (reduction) {
            case "sum" -> { value = 0; for (double v : x) { value += v; } java.util.Arrays.fill(dx, 1); }
            case "mean" -> { value = 0; for (double v : x) { value += v / n; } java.util.Arrays.fill(dx, 1.0 / n); }
            case "max", "min" -> {
                // The gradient of an extreme is the one-hot mask of where it is.
                int at = Reference.argExtreme(x, reduction.equals("max"));
                value = x[at];
                dx[at] = 1;
            }
            default -> throw new IllegalArgumentException(reduction);
        }
        assertScalar(reduction + " value", value, r.value());
        assertClose(reduction + " d/dx", dx, new int[]{call.intParam("size")}, r.gradient(0));
        assertTapeSampledOnce(call);
    }

    // ------------------------------------------------------------------ models

    private static Reference.Classifier mlpReference(List<Tensor> parameters, ClassifierBatch batch) {
        return Reference.mlp(values(batch.inputs()), batch.targets(), NetworkWorkload.INPUTS,
                values(parameters.get(0)), values(parameters.get(1)), NetworkWorkload.HIDDEN,
                values(parameters.get(2)), values(parameters.get(3)), NetworkWorkload.CLASSES);
    }

    private static void assertParameterGradients(String what, Reference.Classifier expected, List<Tensor> parameters,
                                                 List<Tensor> actual) {
        assertEquals(parameters.size(), actual.size(), what + ": one gradient per parameter");
        for (int p = 0; p < parameters.size(); p++) {
            assertClose(what + " gradient #" + p, expected.gradients()[p], parameters.get(p).shape(), actual.get(p));
        }
    }

    private static void checkTrainingStep(Invocation call, NetworkWorkload work) {
        GradientResult r = (GradientResult) call.result();
        assertEquals(call.intParam("batch"), work.batch().size());
        Reference.Classifier expected = mlpReference(work.parameters(), work.batch());
        assertScalar("loss", expected.loss(), r.value());
        assertParameterGradients("MLP", expected, work.parameters(), r.gradients());
        assertTapeSampledOnce(call);
    }

    private static void checkForwardOnly(Invocation call) {
        NetworkWorkload work = call.state(PerformanceComparison.gradient_overhead.class).work;
        assertScalar("loss", mlpReference(work.parameters(), work.batch()).loss(), (Tensor) call.result());
    }

    private static void checkConvolution(Invocation call, ConvolutionWorkload work) {
        GradientResult r = (GradientResult) call.result();
        int b = ConvolutionWorkload.BATCH;
        int c = ConvolutionWorkload.IN_CHANNELS;
        int s = ConvolutionWorkload.SIDE;
        int o = ConvolutionWorkload.OUT_CHANNELS;
        int k = ConvolutionWorkload.KERNEL;
        Reference.Convolution expected = Reference.convolution(values(work.input()), values(work.weight()),
                values(work.bias()), values(work.outputGradient()), b, c, s, o, k, ConvolutionWorkload.PADDING);
        assertClose("conv output", expected.output(), new int[]{b, o, s, s}, r.value());
        assertClose("conv d/dinput", expected.dInput(), new int[]{b, c, s, s}, r.gradient(0));
        assertClose("conv d/dweight", expected.dWeight(), new int[]{o, c, k, k}, r.gradient(1));
        assertClose("conv d/dbias", expected.dBias(), new int[]{o}, r.gradient(2));
    }

    @SuppressWarnings("unchecked")
    private static void checkAccumulation(Invocation call) {
        GradientPerformance.accumulation state = call.state(GradientPerformance.accumulation.class);
        String[] batchMicro = call.params().get("batch_micro").split("_");
        assertEquals(Integer.parseInt(batchMicro[0]), state.work.batch().size());
        assertEquals(Integer.parseInt(batchMicro[1]), state.microBatches.size());
        // The averaged micro-batch gradients equal the full batch's gradient.
        assertParameterGradients("accumulated", mlpReference(state.work.parameters(), state.work.batch()),
                state.work.parameters(), (List<Tensor>) call.result());
        assertEquals(state.microBatches.size(), call.tapeMemory().retainedSamples(), "one tape per micro-batch");
    }

    @SuppressWarnings("unchecked")
    private static void checkAccumulationStrategy(Invocation call) {
        PerformanceComparison.accumulation_strategies state = call.state(PerformanceComparison.accumulation_strategies.class);
        int micro = call.intParam("micro_batch");
        assertEquals(PerformanceComparison.accumulation_strategies.EFFECTIVE_BATCH, state.work.batch().size());
        assertEquals(PerformanceComparison.accumulation_strategies.EFFECTIVE_BATCH / micro, state.microBatches.size());
        state.microBatches.forEach(m -> assertEquals(micro, m.size()));
        assertParameterGradients("accumulated", mlpReference(state.work.parameters(), state.work.batch()),
                state.work.parameters(), (List<Tensor>) call.result());
    }

    private static void checkLinearClassifier(Invocation call) {
        LinearClassifierWorkload work = call.state(PerformanceComparison.scalability.class).work;
        GradientResult r = (GradientResult) call.result();
        assertEquals(call.intParam("batch"), work.batch().size());
        Reference.Classifier expected = Reference.linear(values(work.batch().inputs()), work.batch().targets(),
                NetworkWorkload.INPUTS, values(work.weight()), values(work.bias()), NetworkWorkload.CLASSES);
        assertScalar("loss", expected.loss(), r.value());
        assertClose("d/dW", expected.gradients()[0], work.weight().shape(), r.gradient(0));
        assertClose("d/db", expected.gradients()[1], work.bias().shape(), r.gradient(1));
        assertTrue(maxAbs(expected.gradients()[0]) > 1e-4, "the loss has a non-zero gradient");
    }

    // ------------------------------------------------------------------ tape machinery

    private static void checkTapeCreate(Invocation call) {
        GradientTape tape = assertInstanceOf(GradientTape.class, call.result());
        assertEquals(0, tape.recordedOps());
        assertFalse(tape.isPersistent());
    }

    private static void checkTapeWatch(Invocation call) {
        Tensor watched = call.state(GradientPerformance.tape.Operands.class).tensor;
        assertEquals(call.intParam("size"), watched.size());
        GradientTape tape = assertInstanceOf(GradientTape.class, call.result());
        // Only a watched source may be differentiated against: d x / d x is the output gradient.
        Tensor ones = Tensor.ones(watched.shape());
        assertClose("d x/d x", values(ones), watched.shape(),
                TapeCalls.vectorJacobian(tape, watched, ones, watched).get(0));
        try (GradientTape unwatched = new GradientTape()) {
            assertThrows(IllegalArgumentException.class, () -> TapeCalls.vectorJacobian(unwatched, watched, ones, watched));
        }
    }

    private static void checkAccumulatorCreate(Invocation call) {
        GradientAccumulator accumulator = assertInstanceOf(GradientAccumulator.class, call.result());
        assertEquals(0, accumulator.count());
        Tensor g = Tensor.of(new float[]{2, 4}, 2);
        accumulator.accumulate(List.of(g));
        accumulator.accumulate(List.of(Tensor.of(new float[]{4, 0}, 2)));
        assertClose("averaged on read", new double[]{3, 2}, new int[]{2}, accumulator.gradients().get(0));
    }

    private static void checkAccumulate(Invocation call) {
        GradientPerformance.tape.Operands in = call.state(GradientPerformance.tape.Operands.class);
        GradientAccumulator accumulator = assertInstanceOf(GradientAccumulator.class, call.result());
        // One gradient from the iteration setup, one from the body.
        assertEquals(2, accumulator.count());
        double[] twice = values(in.gradient.get(0));
        for (int k = 0; k < twice.length; k++) {
            twice[k] *= 2;
        }
        assertClose("sum of two accumulations", twice, new int[]{call.intParam("size")}, accumulator.gradients().get(0));
    }

    // ------------------------------------------------------------------ graphs and memory

    private static void checkDeepGraph(Invocation call) {
        DeepGraphWorkload work = call.state(GradientPerformance.memory.class).deep;
        GradientResult r = (GradientResult) call.result();
        int n = call.intParam("size");
        int depth = DeepGraphWorkload.DEPTH;
        double[] x = values(work.x());
        double[][] c = new double[depth][];
        for (int l = 0; l < depth; l++) {
            c[l] = values(work.offsets().get(l));
        }
        double loss = 0;
        double[] dx = new double[n];
        double[][] dc = new double[depth][n];
        for (int k = 0; k < n; k++) {
            double[] h = new double[depth + 1];
            h[0] = x[k];
            for (int l = 0; l < depth; l++) {
                h[l + 1] = Math.tanh(h[l] + c[l][k]);
            }
            loss += h[depth];
            double g = 1;
            for (int l = depth - 1; l >= 0; l--) {
                g *= 1 - h[l + 1] * h[l + 1];
                dc[l][k] = g;
            }
            dx[k] = g;
        }
        assertScalar("deep loss", loss, r.value());
        assertClose("deep d/dx", dx, new int[]{n}, r.gradient(0));
        for (int l = 0; l < depth; l++) {
            assertClose("deep d/dc" + l, dc[l], new int[]{n}, r.gradient(l + 1));
        }
        // Kept for backward: x, 20 offsets, 20 sums, 20 tanh outputs, and the scalar loss.
        assertRetained(call, (1 + 3L * depth) * n * Float.BYTES + Float.BYTES);
    }

    private static void checkWideGraph(Invocation call) {
        WideGraphWorkload work = call.state(GradientPerformance.memory.class).wide;
        GradientResult r = (GradientResult) call.result();
        int n = call.intParam("size");
        int branches = WideGraphWorkload.BRANCHES;
        double[] x = values(work.x());
        double loss = 0;
        double[] dx = new double[n];
        double[][] dw = new double[branches][n];
        for (int i = 0; i < branches; i++) {
            double[] w = values(work.weights().get(i));
            for (int k = 0; k < n; k++) {
                double t = Math.tanh(x[k] * w[k]);
                loss += t;
                dx[k] += (1 - t * t) * w[k];
                dw[i][k] = (1 - t * t) * x[k];
            }
        }
        assertScalar("wide loss", loss, r.value());
        assertClose("wide d/dx", dx, new int[]{n}, r.gradient(0));
        for (int i = 0; i < branches; i++) {
            assertClose("wide d/dw" + i, dw[i], new int[]{n}, r.gradient(i + 1));
        }
        // x, 20 weights, 20 products, 20 tanh outputs, 19 partial sums, and the scalar loss.
        assertRetained(call, (1 + 4L * branches - 1) * n * Float.BYTES + Float.BYTES);
    }

    private static void checkTracking(Invocation call, boolean tracked) {
        TrackingWorkload work = call.state(PerformanceComparison.memory_usage.class).work;
        int n = call.intParam("size");
        double[] x = values(work.x());
        double[] w = values(work.w());
        double[] b = values(work.b());
        double loss = 0;
        for (int k = 0; k < n; k++) {
            loss += Math.tanh(x[k] * w[k] + b[k]);
        }
        assertScalar("loss", loss, (Tensor) call.result());
        TapeMemory.Totals memory = call.tapeMemory();
        assertEquals(1, memory.retainedSamples());
        assertEquals(1, memory.overheadSamples());
        if (tracked) {
            // Held: x, w, b, x⊙w, +b, tanh, and the scalar; of those x, w, b and the scalar are held anyway.
            assertEquals(6L * n * Float.BYTES + Float.BYTES, memory.retainedSum());
            assertEquals(3L * n * Float.BYTES, memory.overheadSum());
        } else {
            assertEquals(0, memory.retainedSum());
            assertEquals(0, memory.overheadSum());
        }
    }

    private static void checkChain(Invocation call) {
        ChainWorkload work = call.state(PerformanceComparison.operation_chain.class).work;
        GradientResult r = (GradientResult) call.result();
        int length = call.intParam("length");
        assertEquals(length, work.length());
        double[] x = values(work.x());
        double[] w = values(work.w());
        double[] b = values(work.b());
        int n = x.length;
        double loss = 0;
        double[] dx = new double[n];
        double[] dw = new double[n];
        double[] db = new double[n];
        for (int k = 0; k < n; k++) {
            double[] h = new double[length + 1];
            h[0] = x[k];
            for (int i = 0; i < length; i++) {
                h[i + 1] = apply(ChainWorkload.opAt(i), h[i], w[k], b[k]);
            }
            loss += h[length];
            double g = 1;
            for (int i = length - 1; i >= 0; i--) {
                switch (ChainWorkload.opAt(i)) {
                    case MUL_W -> { dw[k] += g * h[i]; g *= w[k]; }
                    case ADD_B -> db[k] += g;
                    case TANH -> g *= 1 - h[i + 1] * h[i + 1];
                    default -> throw new AssertionError();
                }
            }
            dx[k] = g;
        }
        assertScalar("chain loss", loss, r.value());
        assertClose("chain d/dx", dx, new int[]{n}, r.gradient(0));
        assertClose("chain d/dw", dw, new int[]{n}, r.gradient(1));
        assertClose("chain d/db", db, new int[]{n}, r.gradient(2));
        // The tape keeps every op's output: the cost the group measures grows with length.
        assertTrue(call.tapeMemory().retainedSum() >= (long) (length + 3) * n * Float.BYTES);
    }

    private static double apply(ChainWorkload.Op op, double h, double w, double b) {
        return switch (op) {
            case MUL_W -> h * w;
            case ADD_B -> h + b;
            case TANH -> Math.tanh(h);
        };
    }

    // ------------------------------------------------------------------ helpers

    private static void assertTapeSampledOnce(Invocation call) {
        assertEquals(1, call.tapeMemory().retainedSamples(), "one fresh tape per invocation, sampled once");
        assertTrue(call.tapeMemory().retainedSum() > 0, "the tape held something for backward");
    }

    private static void assertRetained(Invocation call, long expectedBytes) {
        assertEquals(1, call.tapeMemory().retainedSamples());
        assertEquals(expectedBytes, call.tapeMemory().retainedSum(), "bytes the tape retains, as the engine counts them");
    }

    private static double maxAbs(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
