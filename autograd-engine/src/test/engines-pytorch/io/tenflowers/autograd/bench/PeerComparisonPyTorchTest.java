package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.bench.pytorch.PyTorchPeerWorkloads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The PyTorch port computes what this engine computes (under the profile {@code pytorch} only):
 * from the same inputs, every workload's forward value and every gradient agree within f32
 * tolerance. This engine's own results are checked against closed forms by PeerComparisonTest, so
 * agreement here means the port is right: a wrong op, reduction, layout or padding shows up as a
 * difference far beyond the tolerance (see theCheckTellsAWrongPortApart).
 */
class PeerComparisonPyTorchTest {
    /** Relative to the largest reference magnitude of each array: f32 sums in different orders stay far inside. */
    private static final double RELATIVE = 1e-3;
    private static final double ABSOLUTE = 1e-6;

    /** The workloads by benchmark name, in the suite's order. */
    private static final Map<String, Function<PeerWorkloads, PeerWorkloads.Outcome>> WORKLOADS = PeerWorkloads.BY_BENCHMARK_NAME;

    /** The smallest workloads: what the category's run-through below calls as JMH would. */
    private static final List<String> SMALLEST = List.of("w1_add_1000", "w2_mul_1000", "w3_relu_10000",
            "w4_sigmoid_10000", "w5_matmul_100", "w6_mlp_b32", "w9_conv2d_b8");

    private static PeerWorkloads ours;
    private static PeerWorkloads pytorch;

    @BeforeAll
    static void open() {
        ours = PeerEngines.open(PeerEngines.TENFLOWERS);
        pytorch = PeerEngines.open(PeerEngines.PYTORCH);
    }

    @AfterAll
    static void close() {
        if (pytorch != null) {
            pytorch.close();
        }
    }

    /** Same forward value and same gradients, array by array, within {@link #RELATIVE} of the array's scale. */
    static void assertSameOutcome(String what, PeerWorkloads.Outcome expected, PeerWorkloads.Outcome actual) {
        assertClose(what + ": forward value", expected.forwardValues(), actual.forwardValues());
        List<float[]> e = expected.gradientValues();
        List<float[]> a = actual.gradientValues();
        assertEquals(e.size(), a.size(), what + ": number of gradients");
        for (int g = 0; g < e.size(); g++) {
            assertClose(what + ": gradient " + g, e.get(g), a.get(g));
        }
    }

    private static void assertClose(String what, float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length, what + ": number of elements");
        double scale = 0;
        for (float v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        double tolerance = RELATIVE * scale + ABSOLUTE;
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(actual[i] - expected[i]) <= tolerance)) {
                fail(what + ": element " + i + " is " + actual[i] + " on PyTorch, " + expected[i]
                        + " on tenflowers (tolerance " + tolerance + ")");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> bothEnginesComputeTheSameForwardValuesAndGradients() {
        return WORKLOADS.entrySet().stream().map(w -> DynamicTest.dynamicTest(w.getKey(),
                () -> assertSameOutcome(w.getKey(), w.getValue().apply(ours), w.getValue().apply(pytorch))));
    }

    /** The check is not vacuous: a port with the wrong activation, or a Linear weight read in the wrong layout, fails it. */
    @Test
    void theCheckTellsAWrongPortApart() {
        assertThrows(AssertionFailedError.class,
                () -> assertSameOutcome("relu against sigmoid", ours.w3Relu10000(), pytorch.w4Sigmoid10000()));
        PyTorchPeerWorkloads.NdOutcome mlp = (PyTorchPeerWorkloads.NdOutcome) pytorch.w6MlpB32();
        PeerWorkloads.Outcome wrongLayout = new PyTorchPeerWorkloads.NdOutcome(mlp.forward(), mlp.gradients(), false);
        assertThrows(AssertionFailedError.class, () -> assertSameOutcome("W6, weights [out, in]", ours.w6MlpB32(), wrongLayout));
        assertThrows(AssertionFailedError.class,
                () -> assertSameOutcome("W5 against W1", ours.w5Matmul100(), pytorch.w1Add1000()));
    }

    /** DJL's GradientCollector does not zero gradients: each call must still start from none. */
    @Test
    void gradientsDoNotAccumulateAcrossCalls() {
        for (int call = 0; call < 3; call++) {
            assertSameOutcome("W1, call " + (call + 1), ours.w1Add1000(), pytorch.w1Add1000());
            assertSameOutcome("W6, call " + (call + 1), ours.w6MlpB32(), pytorch.w6MlpB32());
        }
    }

    /**
     * The category on its smallest workloads, called as JMH calls it ({@link PeerEngine} built with
     * {@code engine=pytorch}, its set-up run): each body returns PyTorch's outcome, equal to ours.
     */
    @Test
    void theCategoryRunsOnItsSmallestWorkloadsWithBothEngines() {
        Map<String, Method> benchmarks = BenchmarkInvoker.benchmarks(PeerComparison.class);
        for (String name : SMALLEST) {
            Method benchmark = benchmarks.get("PeerComparison.torch_workloads." + name);
            List<BenchmarkInvoker.Invocation> calls = BenchmarkInvoker.invokeAll(benchmark);
            assertEquals(List.of("PeerComparison.torch_workloads." + name + "[engine=tenflowers]",
                    "PeerComparison.torch_workloads." + name + "[engine=pytorch]"),
                    calls.stream().map(BenchmarkInvoker.Invocation::id).toList());
            BenchmarkInvoker.Invocation torch = calls.get(1);
            assertInstanceOf(PyTorchPeerWorkloads.NdOutcome.class, torch.result(), torch.id());
            assertSameOutcome(torch.id(), WORKLOADS.get(name).apply(ours), (PeerWorkloads.Outcome) torch.result());
            calls.forEach(c -> c.state(PeerEngine.class).close());
        }
    }

    /** The environment probe records PyTorch's versions and threads when DJL is on the classpath. */
    @Test
    void theEnvironmentProbeRecordsPyTorch() {
        Map<String, String> facts = KernelEnvironment.facts();
        for (String key : List.of("pytorch.version", "pytorch.djl.version", "pytorch.num_threads", "pytorch.num_interop_threads")) {
            assertTrue(facts.containsKey(key), key + " missing from " + facts);
        }
        assertEquals(facts.get("engine.threads"), facts.get("pytorch.num_threads"), "both engines get the same threads");
    }
}
