package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;
import io.tenflowers.autograd.kernels.KernelBackend;
import io.tenflowers.autograd.nn.Conv2d;
import io.tenflowers.autograd.nn.MLP;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Our side of the side-by-side with PyTorch (category {@code pytorch}): exactly the workloads
 * W1–W9 of {@code shared/anchors/torch_bench.py}, each one forward plus one backward pass in f32,
 * with gradients w.r.t. exactly the tensors that require grad there — both inputs for W1–W5, the
 * parameters for W6/W8, input + weight + bias for W9 — on a fresh tape per invocation. Plus the
 * forward SGEMM 1024³ that {@code peak_bench.py} times for OpenBLAS.
 *
 * <p>Inputs are N(0, 1) like {@code torch.randn}; layers use PyTorch's default initialisation
 * bound. Ids: {@code PeerComparison.torch_workloads.<name>}.
 */
public final class PeerComparison {
    private PeerComparison() {
    }

    /** The nine anchor workloads and the SGEMM ceiling. */
    public static class torch_workloads extends SuiteDefaults {

        /** Every input of every workload, built once per fork. */
        @State(Scope.Thread)
        public static class Inputs {
            Tensor a1000;
            Tensor b1000;
            Tensor x10000;
            Tensor a100;
            Tensor b100;
            Tensor a512;
            Tensor b512;
            Tensor a1024;
            Tensor b1024;
            MLP mlpSmall;
            Tensor xSmall;
            int[] targetsSmall;
            MLP mlpLarge;
            Tensor xLarge;
            int[] targetsLarge;
            Conv2d conv;
            Tensor image;

            @Setup
            public void setup() {
                KernelBackend.checkConfiguredBackend();
                Random random = new Random(SEED);
                a1000 = Tensor.randomNormal(random, 1f, 1000);
                b1000 = Tensor.randomNormal(random, 1f, 1000);
                x10000 = Tensor.randomNormal(random, 1f, 10000);
                a100 = Tensor.randomNormal(random, 1f, 100, 100);
                b100 = Tensor.randomNormal(random, 1f, 100, 100);
                a512 = Tensor.randomNormal(random, 1f, 512, 512);
                b512 = Tensor.randomNormal(random, 1f, 512, 512);
                a1024 = Tensor.randomNormal(random, 1f, 1024, 1024);
                b1024 = Tensor.randomNormal(random, 1f, 1024, 1024);
                mlpSmall = new MLP(random, 784, 128, 10);
                xSmall = Tensor.randomNormal(random, 1f, 32, 784);
                targetsSmall = targets(random, 32, 10);
                mlpLarge = new MLP(random, 784, 512, 512, 10);
                xLarge = Tensor.randomNormal(random, 1f, 256, 784);
                targetsLarge = targets(random, 256, 10);
                conv = new Conv2d(3, 16, 3, 1, 1, random);
                image = Tensor.randomNormal(random, 1f, 8, 3, 32, 32);
            }

            private static int[] targets(Random random, int batch, int classes) {
                int[] t = new int[batch];
                for (int i = 0; i < batch; i++) {
                    t[i] = random.nextInt(classes);
                }
                return t;
            }
        }

        private static List<Tensor> sumGradient(java.util.function.Function<Tensor[], Tensor> f, Tensor... inputs) {
            try (GradientTape tape = new GradientTape()) {
                tape.watch(inputs);
                return tape.gradient(f.apply(inputs).sum(), inputs);
            }
        }

        /** W1: (a + b).sum(), gradients of a and b, 1000 elements. */
        @Benchmark
        public List<Tensor> w1_add_1000(Inputs in) {
            return sumGradient(x -> x[0].add(x[1]), in.a1000, in.b1000);
        }

        /** W2: (a ⊙ b).sum(), 1000 elements. */
        @Benchmark
        public List<Tensor> w2_mul_1000(Inputs in) {
            return sumGradient(x -> x[0].mul(x[1]), in.a1000, in.b1000);
        }

        /** W3: relu(x).sum(), 10000 elements. */
        @Benchmark
        public List<Tensor> w3_relu_10000(Inputs in) {
            return sumGradient(x -> x[0].relu(), in.x10000);
        }

        /** W4: sigmoid(x).sum(), 10000 elements. */
        @Benchmark
        public List<Tensor> w4_sigmoid_10000(Inputs in) {
            return sumGradient(x -> x[0].sigmoid(), in.x10000);
        }

        /** W5: (A·B).sum(), 100×100, gradients of A and B. */
        @Benchmark
        public List<Tensor> w5_matmul_100(Inputs in) {
            return sumGradient(x -> x[0].matmul(x[1]), in.a100, in.b100);
        }

        /** W6: MLP 784→128→10 on a batch of 32, cross-entropy, gradients of all parameters. */
        @Benchmark
        public List<Tensor> w6_mlp_b32(Inputs in) {
            try (GradientTape tape = new GradientTape()) {
                return tape.gradient(in.mlpSmall.forward(in.xSmall).crossEntropy(in.targetsSmall), in.mlpSmall.parameters());
            }
        }

        /** W7: (A·B).sum(), 512×512. */
        @Benchmark
        public List<Tensor> w7_matmul_512(Inputs in) {
            return sumGradient(x -> x[0].matmul(x[1]), in.a512, in.b512);
        }

        /** W8: MLP 784→512→512→10 on a batch of 256. */
        @Benchmark
        public List<Tensor> w8_mlp_b256(Inputs in) {
            try (GradientTape tape = new GradientTape()) {
                return tape.gradient(in.mlpLarge.forward(in.xLarge).crossEntropy(in.targetsLarge), in.mlpLarge.parameters());
            }
        }

        /** W9: conv2d(x).sum(), batch 8, 3→16 channels, 32×32, 3×3, padding 1; gradients of x, weight, bias. */
        @Benchmark
        public List<Tensor> w9_conv2d_b8(Inputs in) {
            try (GradientTape tape = new GradientTape()) {
                tape.watch(in.image);
                List<Tensor> sources = new ArrayList<>();
                sources.add(in.image);
                sources.addAll(in.conv.parameters());
                return tape.gradient(in.conv.forward(in.image).sum(), sources);
            }
        }

        /** The SGEMM ceiling: one 1024³ forward product, no tape (2·1024³ FLOP per op). */
        @Benchmark
        public Tensor sgemm_1024(Inputs in) {
            return in.a1024.matmul(in.b1024);
        }
    }
}
