package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.GradientTape;
import io.tenflowers.autograd.MemoryScope;
import io.tenflowers.autograd.Tensor;
import io.tenflowers.autograd.nn.MLP;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * This engine's side of {@link PeerWorkloads}: each call opens a fresh tape, runs the forward
 * pass and one backward pass, and returns the tensors.
 *
 * <p>Each call runs in a {@link MemoryScope} that the next call closes, so its result stays
 * readable until then (the contract of {@link PeerWorkloads.Outcome}) and its arrays are reused by
 * the next call: what PyTorch's caching allocator does for the Python side, where a call's tensors
 * are freed as soon as the next result replaces them. {@code new TenflowersPeerWorkloads(in, false)}
 * runs without scopes (every array fresh, reclaimed by the garbage collector).
 */
public final class TenflowersPeerWorkloads implements PeerWorkloads {
    private final PeerInputs in;
    private final boolean reuseMemory;
    private MemoryScope lastCall;

    public TenflowersPeerWorkloads(PeerInputs in) {
        this(in, true);
    }

    /** @param reuseMemory whether each call runs in a {@link MemoryScope} closed by the next one */
    public TenflowersPeerWorkloads(PeerInputs in, boolean reuseMemory) {
        this.in = in;
        this.reuseMemory = reuseMemory;
    }

    /** Releases the previous call's tensors and opens the scope of this one. */
    private void nextCall() {
        endCall();
        if (reuseMemory) {
            lastCall = MemoryScope.open();
        }
    }

    /**
     * Closes the last call's scope now: its outcome becomes unreadable and its arrays go back to
     * the pool. Call it before other work on this thread, which the open scope would otherwise
     * own (and hold) until the next call of this instance.
     */
    public void endCall() {
        if (lastCall != null) {
            lastCall.close();
            lastCall = null;
        }
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
        nextCall();
        return sumGradient(x -> x[0].add(x[1]), in.a1000(), in.b1000());
    }

    @Override
    public TensorOutcome w2Mul1000() {
        nextCall();
        return sumGradient(x -> x[0].mul(x[1]), in.a1000(), in.b1000());
    }

    @Override
    public TensorOutcome w3Relu10000() {
        nextCall();
        return sumGradient(x -> x[0].relu(), in.x10000());
    }

    @Override
    public TensorOutcome w4Sigmoid10000() {
        nextCall();
        return sumGradient(x -> x[0].sigmoid(), in.x10000());
    }

    @Override
    public TensorOutcome w5Matmul100() {
        nextCall();
        return sumGradient(x -> x[0].matmul(x[1]), in.a100(), in.b100());
    }

    @Override
    public TensorOutcome w6MlpB32() {
        nextCall();
        return crossEntropyGradient(in.mlpSmall(), in.xSmall(), in.targetsSmall());
    }

    @Override
    public TensorOutcome w7Matmul512() {
        nextCall();
        return sumGradient(x -> x[0].matmul(x[1]), in.a512(), in.b512());
    }

    @Override
    public TensorOutcome w8MlpB256() {
        nextCall();
        return crossEntropyGradient(in.mlpLarge(), in.xLarge(), in.targetsLarge());
    }

    @Override
    public TensorOutcome w9Conv2dB8() {
        nextCall();
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
        nextCall();
        return new TensorOutcome(in.a1024().matmul(in.b1024()), List.of());
    }

    @Override
    public void close() {
        endCall();
    }
}
