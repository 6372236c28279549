package io.tenflowers.autograd.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The anchor workloads W1–W9 of {@code scripts/torch_workloads.py} and the SGEMM ceiling of
 * {@code scripts/blas_peak.py}, written once per engine so that {@link PeerComparison} measures both
 * engines on the same definitions: same inputs ({@link PeerInputs}), same shapes, and per call
 * exactly one forward and one backward pass in f32, with gradients with respect to exactly the
 * tensors that require grad in {@code scripts/torch_workloads.py} (both inputs for W1–W5 and W7, the
 * parameters for W6/W8, input + weight + bias for W9). Gradients never accumulate across calls:
 * each call starts from none (scripts/torch_workloads.py asks {@code torch.autograd.grad} for them).
 *
 * <p>Implementations: {@link TenflowersPeerWorkloads} (this engine) and, only when the Maven
 * profile {@code pytorch} is active, {@code bench.pytorch.PyTorchPeerWorkloads} (PyTorch through
 * DJL); {@link PeerEngines#open} picks one. An instance is confined to one thread.
 */
public interface PeerWorkloads extends AutoCloseable {
    /** Every workload by the name of its benchmark in {@link PeerComparison}, in the suite's order. */
    Map<String, Function<PeerWorkloads, Outcome>> BY_BENCHMARK_NAME = byBenchmarkName();

    private static Map<String, Function<PeerWorkloads, Outcome>> byBenchmarkName() {
        Map<String, Function<PeerWorkloads, Outcome>> map = new LinkedHashMap<>();
        map.put("w1_add_1000", PeerWorkloads::w1Add1000);
        map.put("w2_mul_1000", PeerWorkloads::w2Mul1000);
        map.put("w3_relu_10000", PeerWorkloads::w3Relu10000);
        map.put("w4_sigmoid_10000", PeerWorkloads::w4Sigmoid10000);
        map.put("w5_matmul_100", PeerWorkloads::w5Matmul100);
        map.put("w6_mlp_b32", PeerWorkloads::w6MlpB32);
        map.put("w7_matmul_512", PeerWorkloads::w7Matmul512);
        map.put("w8_mlp_b256", PeerWorkloads::w8MlpB256);
        map.put("w9_conv2d_b8", PeerWorkloads::w9Conv2dB8);
        map.put("sgemm_1024", PeerWorkloads::sgemm1024);
        return Collections.unmodifiableMap(map);
    }

    /** W1: {@code (a + b).sum()}, 1000 elements; gradients of a and b. */
    Outcome w1Add1000();

    /** W2: {@code (a ⊙ b).sum()}, 1000 elements; gradients of a and b. */
    Outcome w2Mul1000();

    /** W3: {@code relu(x).sum()}, 10000 elements; gradient of x. */
    Outcome w3Relu10000();

    /** W4: {@code sigmoid(x).sum()}, 10000 elements; gradient of x. */
    Outcome w4Sigmoid10000();

    /** W5: {@code (A·B).sum()}, 100×100; gradients of A and B. */
    Outcome w5Matmul100();

    /** W6: MLP 784→128→ReLU→10 on a batch of 32, mean cross-entropy; gradients of W1, b1, W2, b2. */
    Outcome w6MlpB32();

    /** W7: {@code (A·B).sum()}, 512×512; gradients of A and B. */
    Outcome w7Matmul512();

    /** W8: MLP 784→512→ReLU→512→ReLU→10 on a batch of 256, mean cross-entropy; gradients of the 6 parameters. */
    Outcome w8MlpB256();

    /** W9: {@code conv2d(x).sum()}, x {@code [8,3,32,32]}, 16 filters 3×3, padding 1; gradients of x, weight, bias. */
    Outcome w9Conv2dB8();

    /** The SGEMM ceiling: one 1024³ forward product, no gradients (2·1024³ FLOP per call). */
    Outcome sgemm1024();

    /** Releases what the engine holds (native memory on the PyTorch side); the instance is unusable after. */
    @Override
    void close();

    /**
     * What one call computed, readable until the next call on the same instance (the PyTorch side
     * frees a call's arrays when the next call starts). Reading copies: only tests read.
     */
    interface Outcome {
        /** The forward value: the scalar loss, or the product for SGEMM, row-major. */
        float[] forwardValues();

        /**
         * One gradient per source, in the order the workload documents, row-major in this
         * engine's layouts: Linear weights {@code [in, out]}, convolution weights
         * {@code [out, in, kh, kw]}.
         */
        List<float[]> gradientValues();
    }
}
