package io.tenflowers.autograd.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The side-by-side with PyTorch (category {@code pytorch}): exactly the workloads W1–W9 of
 * {@code scripts/torch_workloads.py}, each one forward plus one backward pass in f32, with
 * gradients w.r.t. exactly the tensors that require grad there — both inputs for W1–W5 and W7,
 * the parameters for W6/W8, input + weight + bias for W9 — from no gradients at each invocation.
 * Plus the forward SGEMM 1024³ that {@code scripts/blas_peak.py} times for OpenBLAS.
 *
 * <p>The workloads are defined once ({@link PeerWorkloads}, inputs {@link PeerInputs}) and run on
 * the engine named by the parameter {@code engine} of {@link PeerEngine}: {@code tenflowers}
 * always; {@code pytorch} (PyTorch through DJL, in the same fork layout and JMH settings) only
 * under the Maven profile {@code pytorch}, which {@code -Dtenflowers.bench.category=pytorch} (the
 * script's {@code -c pytorch}) activates. Both engines use 1 thread, or every core under the
 * {@code parallel} config ({@code tenflowers.threads}); the PyTorch side sets its intra- and
 * inter-op threads to match before it loads.
 *
 * <p>This engine runs each invocation in a {@link io.tenflowers.autograd.MemoryScope} that the next
 * invocation closes ({@link TenflowersPeerWorkloads}), so a call's arrays are reused by the next,
 * as PyTorch's caching allocator reuses the blocks a call freed; {@code scripts/memory_ab.sh}
 * measures the same workloads without scopes.
 *
 * <p>Ids: {@code PeerComparison.torch_workloads.<name>[engine=<engine>]}; and
 * {@code PeerComparison.machine.fma_peak}, the core's FMA rate the matrix workloads' "% of peak" is
 * measured against, in the same run.
 */
public final class PeerComparison {
    private PeerComparison() {
    }

    /** The nine anchor workloads and the SGEMM ceiling. */
    public static class torch_workloads extends SuiteDefaults {

        /** W1: (a + b).sum(), gradients of a and b, 1000 elements. */
        @Benchmark
        public PeerWorkloads.Outcome w1_add_1000(PeerEngine peer) {
            return peer.workloads.w1Add1000();
        }

        /** W2: (a ⊙ b).sum(), 1000 elements. */
        @Benchmark
        public PeerWorkloads.Outcome w2_mul_1000(PeerEngine peer) {
            return peer.workloads.w2Mul1000();
        }

        /** W3: relu(x).sum(), 10000 elements. */
        @Benchmark
        public PeerWorkloads.Outcome w3_relu_10000(PeerEngine peer) {
            return peer.workloads.w3Relu10000();
        }

        /** W4: sigmoid(x).sum(), 10000 elements. */
        @Benchmark
        public PeerWorkloads.Outcome w4_sigmoid_10000(PeerEngine peer) {
            return peer.workloads.w4Sigmoid10000();
        }

        /** W5: (A·B).sum(), 100×100, gradients of A and B. */
        @Benchmark
        public PeerWorkloads.Outcome w5_matmul_100(PeerEngine peer) {
            return peer.workloads.w5Matmul100();
        }

        /** W6: MLP 784→128→10 on a batch of 32, cross-entropy, gradients of all parameters. */
        @Benchmark
        public PeerWorkloads.Outcome w6_mlp_b32(PeerEngine peer) {
            return peer.workloads.w6MlpB32();
        }

        /** W7: (A·B).sum(), 512×512. */
        @Benchmark
        public PeerWorkloads.Outcome w7_matmul_512(PeerEngine peer) {
            return peer.workloads.w7Matmul512();
        }

        /** W8: MLP 784→512→512→10 on a batch of 256. */
        @Benchmark
        public PeerWorkloads.Outcome w8_mlp_b256(PeerEngine peer) {
            return peer.workloads.w8MlpB256();
        }

        /** W9: conv2d(x).sum(), batch 8, 3→16 channels, 32×32, 3×3, padding 1; gradients of x, weight, bias. */
        @Benchmark
        public PeerWorkloads.Outcome w9_conv2d_b8(PeerEngine peer) {
            return peer.workloads.w9Conv2dB8();
        }

        /** The SGEMM ceiling: one 1024³ forward product, no tape (2·1024³ FLOP per op). */
        @Benchmark
        public PeerWorkloads.Outcome sgemm_1024(PeerEngine peer) {
            return peer.workloads.sgemm1024();
        }
    }

    /**
     * The machine's side of "% of peak": one core's f32 FMA rate through the Vector API
     * ({@link FmaPeak}). GFLOP/s = ops/s × {@link FmaPeak#flopPerCall()} / 10⁹ (12 chains × 4096
     * FMAs × lanes × 2 per op: 1,572,864 FLOP with 16 lanes).
     */
    public static class machine extends SuiteDefaults {
        /** Input of the chains, from the state so that nothing is a compile-time constant. */
        @State(Scope.Thread)
        public static class Operands {
            float multiplier = 0.999_999f;
            float addend = 1e-7f;
        }

        /** {@link FmaPeak#CHAINS} independent FMA chains, {@link FmaPeak#STEPS} steps each. */
        @Benchmark
        public float fma_peak(Operands operands) {
            return FmaPeak.run(operands.multiplier, operands.addend);
        }
    }
}
