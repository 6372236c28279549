package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.Tensor;
import io.tenflowers.autograd.nn.MLP;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * This engine's side of {@link PeerWorkloads}: each call opens a fresh tape, runs the forward
 * pass and one backward pass, and returns the tensors (nothing to free: the tape and its
 * intermediates are garbage once the call returns).
 */
public final class TenflowersPeerWorkloads implements PeerWorkloads {
    private final PeerInputs in;

    public TenflowersPeerWorkloads(PeerInputs in) {
        this.in = in;
    }

    /**
     * What a call of this engine computed.
     *
     * @param forward   the forward value
     * @param gradients one gradient per source, in the workload's order
     */
    public record TensorOutcome(Tensor forward, List<Tensor> gradients) implements Outcome {
        @Override
        public float[] forwardValues() {
            return forward.toFloatArray();
        }

        @Override
        public List<float[]> gradientValues() {
            return gradients.stream().map(Tensor::toFloatArray).toList();
        }
    }

    /** {@code f(inputs).sum()} and its gradient with respect to every input. */
    private static TensorOutcome sumGradient(Function<Tensor[], Tensor> f, Tensor... inputs) {
        try (GradientTape tape = new GradientTape()) {
            tape.watch(inputs);
            Tensor loss = f.apply(inputs).sum();
            return new TensorOutcome(loss, tape.gradient(loss, inputs));
        }
    }

    private static TensorOutcome crossEntropyGradient(MLP mlp, Tensor x, int[] targets) {
        try (GradientTape tape = new GradientTape()) {
            Tensor loss = mlp.forward(x).crossEntropy(targets);
            return new TensorOutcome(loss, tape.gradient(loss, mlp.parameters()));
        }
    }

    @Override
    public TensorOutcome w1Add1000() {
        return sumGradient(x -> x[0].add(x[1]), in.a1000(), in.b1000());
    }

    @Override
    public TensorOutcome w2Mul1000() {
        return sumGradient(x -> x[0].mul(x[1]), in.a1000(), in.b1000());
    }

    @Override
    public TensorOutcome w3Relu10000() {
        return sumGradient(x -> x[0].relu(), in.x10000());
    }

    @Override
    public TensorOutcome w4Sigmoid10000() {
        return sumGradient(x -> x[0].sigmoid(), in.x10000());
    }

    @Override
    public TensorOutcome w5Matmul100() {
        return sumGradient(x -> x[0].matmul(x[1]), in.a100(), in.b100());
    }

    @Override
    public TensorOutcome w6MlpB32() {
        return crossEntropyGradient(in.mlpSmall(), in.xSmall(), in.targetsSmall());
    }

    @Override
    public TensorOutcome w7Matmul512() {
        return sumGradient(x -> x[0].matmul(x[1]), in.a512(), in.b512());
    }

    @Override
    public TensorOutcome w8MlpB256() {
        return crossEntropyGradient(in.mlpLarge(), in.xLarge(), in.targetsLarge());
    }

    @Override
    public TensorOutcome w9Conv2dB8() {
        try (GradientTape tape = new GradientTape()) {
            tape.watch(in.image());
            List<Tensor> sources = new ArrayList<>();
            sources.add(in.image());
            sources.addAll(in.conv().parameters());
            Tensor loss = in.conv().forward(in.image()).sum();
            return new TensorOutcome(loss, tape.gradient(loss, sources));
        }
    }

    @Override
    public TensorOutcome sgemm1024() {
        return new TensorOutcome(in.a1024().matmul(in.b1024()), List.of());
    }

    @Override
    public void close() {
        // nothing is held beyond the inputs, which the garbage collector reclaims
    }
}
