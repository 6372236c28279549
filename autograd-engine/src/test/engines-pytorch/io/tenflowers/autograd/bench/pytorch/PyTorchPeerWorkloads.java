package io.tenflowers.autograd.bench.pytorch;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import io.tenflowers.autograd.Tensor;
import io.tenflowers.autograd.bench.PeerInputs;
import io.tenflowers.autograd.bench.PeerWorkloads;
import io.tenflowers.autograd.nn.MLP;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * PyTorch's side of {@link PeerWorkloads}, through DJL: the operations {@code scripts/torch_workloads.py}
 * calls ({@code +}, {@code *}, {@code relu}, {@code sigmoid}, {@code @}, {@code nn.Linear}'s
 * {@code linear} with weights {@code [out, in]}, {@code log_softmax} + pick + mean for
 * {@code cross_entropy}, {@code conv2d}), on copies of the same {@link PeerInputs}.
 *
 * <p>Per call, like {@code scripts/torch_workloads.py}: the sources start without gradients
 * (each call takes fresh leaf views of the stored tensors — a detach, sharing storage — and marks
 * them as requiring grad, the equivalent of {@code p.grad = None}: DJL's
 * {@link GradientCollector} never zeroes gradients, so reusing the same leaves would accumulate),
 * then one forward and one backward pass. A call's arrays live in their own {@link NDManager},
 * closed when the next call starts, so native memory stays flat and the last call's outcome stays
 * readable.
 */
public final class PyTorchPeerWorkloads implements PeerWorkloads {
    private final Engine engine;
    private final NDManager stored;
    private NDManager call;

    private final NDArray a1000;
    private final NDArray b1000;
    private final NDArray x10000;
    private final NDArray a100;
    private final NDArray b100;
    private final NDArray a512;
    private final NDArray b512;
    private final NDArray a1024;
    private final NDArray b1024;
    private final List<NDArray> mlpSmall;
    private final NDArray xSmall;
    private final NDArray targetsSmall;
    private final List<NDArray> mlpLarge;
    private final NDArray xLarge;
    private final NDArray targetsLarge;
    private final NDArray convWeight;
    private final NDArray convBias;
    private final NDArray image;

    /**
     * Loads PyTorch ({@link PyTorchRuntime#engine()}) and copies the inputs into it.
     *
     * @throws IllegalStateException if DJL cannot load PyTorch (the message says how to run without it)
     */
    public PyTorchPeerWorkloads(PeerInputs in) {
        engine = PyTorchRuntime.engine();
        stored = engine.newBaseManager(Device.cpu());
        a1000 = copy(in.a1000());
        b1000 = copy(in.b1000());
        x10000 = copy(in.x10000());
        a100 = copy(in.a100());
        b100 = copy(in.b100());
        a512 = copy(in.a512());
        b512 = copy(in.b512());
        a1024 = copy(in.a1024());
        b1024 = copy(in.b1024());
        mlpSmall = copyLinearLayers(in.mlpSmall());
        xSmall = copy(in.xSmall());
        targetsSmall = classIndices(in.targetsSmall());
        mlpLarge = copyLinearLayers(in.mlpLarge());
        xLarge = copy(in.xLarge());
        targetsLarge = classIndices(in.targetsLarge());
        convWeight = copy(in.conv().parameters().get(0));
        convBias = copy(in.conv().parameters().get(1));
        image = copy(in.image());
    }

    private NDArray copy(Tensor t) {
        long[] shape = new long[t.rank()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = t.shape()[i];
        }
        return stored.create(t.toFloatArray(), new Shape(shape));
    }

    /** W, b, W, b, … with each W transposed to PyTorch's {@code nn.Linear} layout {@code [out, in]}. */
    private List<NDArray> copyLinearLayers(MLP mlp) {
        List<NDArray> layers = new ArrayList<>();
        for (Tensor p : mlp.parameters()) {
            layers.add(p.rank() == 2 ? copy(p.transpose()) : copy(p));
        }
        return layers;
    }

    /** Targets as {@code [batch, 1]} int64 indices, the shape {@code gather} along the class axis needs. */
    private NDArray classIndices(int[] targets) {
        long[] indices = new long[targets.length];
        for (int i = 0; i < targets.length; i++) {
            indices[i] = targets[i];
        }
        return stored.create(indices, new Shape(targets.length, 1));
    }

    /**
     * What one call computed; its arrays stay valid until the next call.
     *
     * @param forward               the forward value
     * @param gradients             one gradient per source, in the workload's order
     * @param linearWeightsOuterIn  whether the rank-2 gradients are {@code nn.Linear} weights
     *                              {@code [out, in]}, read transposed into this project's {@code [in, out]}
     */
    public record NdOutcome(NDArray forward, List<NDArray> gradients, boolean linearWeightsOuterIn) implements Outcome {
        @Override
        public float[] forwardValues() {
            return forward.toFloatArray();
        }

        @Override
        public List<float[]> gradientValues() {
            List<float[]> values = new ArrayList<>();
            for (NDArray g : gradients) {
                float[] v = g.toFloatArray();
                long[] shape = g.getShape().getShape();
                values.add(linearWeightsOuterIn && shape.length == 2 ? transposed(v, (int) shape[0], (int) shape[1]) : v);
            }
            return values;
        }

        private static float[] transposed(float[] rowMajor, int rows, int columns) {
            float[] t = new float[rowMajor.length];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    t[c * rows + r] = rowMajor[r * columns + c];
                }
            }
            return t;
        }
    }

    /** Frees the previous call's arrays and opens this call's manager. */
    private void beginCall() {
        if (call != null) {
            call.close();
        }
        call = stored.newSubManager();
    }

    /** A fresh leaf on {@code t}'s storage that requires grad, in this call's manager: no gradient yet. */
    private NDArray source(NDArray t) {
        NDArray leaf = view(t);
        leaf.setRequiresGradient(true);
        return leaf;
    }

    /**
     * A view of {@code t} in this call's manager. DJL attaches an op's result to the manager of
     * its first operand, so a call's first operands must live there for everything it creates to
     * be freed with it.
     */
    private NDArray view(NDArray t) {
        NDArray v = t.stopGradient();
        v.attach(call);
        return v;
    }

    /** One forward ({@code f(inputs).sum()}) and one backward pass; gradients in the order of {@code inputs}. */
    private NdOutcome sumGradient(Function<NDArray[], NDArray> f, NDArray... inputs) {
        beginCall();
        NDArray[] sources = new NDArray[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            sources[i] = source(inputs[i]);
        }
        try (GradientCollector collector = engine.newGradientCollector()) {
            NDArray loss = f.apply(sources).sum();
            collector.backward(loss);
            return new NdOutcome(loss, gradients(sources), false);
        }
    }

    private static List<NDArray> gradients(NDArray[] sources) {
        List<NDArray> gradients = new ArrayList<>(sources.length);
        for (NDArray s : sources) {
            gradients.add(s.getGradient());
        }
        return gradients;
    }

    /** {@code F.cross_entropy(mlp(x), targets)} (mean over the batch); gradients of every W and b. */
    private NdOutcome crossEntropyGradient(List<NDArray> layers, NDArray x, NDArray targets) {
        beginCall();
        NDArray[] parameters = new NDArray[layers.size()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = source(layers.get(i));
        }
        try (GradientCollector collector = engine.newGradientCollector()) {
            NDArray h = view(x);
            for (int layer = 0; 2 * layer < parameters.length; layer++) {
                h = Linear.linear(h, parameters[2 * layer], parameters[2 * layer + 1]).singletonOrThrow();
                if (2 * layer + 2 < parameters.length) {
                    h = Activation.relu(h);
                }
            }
            NDArray loss = h.logSoftmax(1).gather(targets, 1).mean().neg();
            collector.backward(loss);
            return new NdOutcome(loss, gradients(parameters), true);
        }
    }

    @Override
    public NdOutcome w1Add1000() {
        return sumGradient(x -> x[0].add(x[1]), a1000, b1000);
    }

    @Override
    public NdOutcome w2Mul1000() {
        return sumGradient(x -> x[0].mul(x[1]), a1000, b1000);
    }

    @Override
    public NdOutcome w3Relu10000() {
        return sumGradient(x -> Activation.relu(x[0]), x10000);
    }

    @Override
    public NdOutcome w4Sigmoid10000() {
        return sumGradient(x -> Activation.sigmoid(x[0]), x10000);
    }

    @Override
    public NdOutcome w5Matmul100() {
        return sumGradient(x -> x[0].matMul(x[1]), a100, b100);
    }

    @Override
    public NdOutcome w6MlpB32() {
        return crossEntropyGradient(mlpSmall, xSmall, targetsSmall);
    }

    @Override
    public NdOutcome w7Matmul512() {
        return sumGradient(x -> x[0].matMul(x[1]), a512, b512);
    }

    @Override
    public NdOutcome w8MlpB256() {
        return crossEntropyGradient(mlpLarge, xLarge, targetsLarge);
    }

    @Override
    public NdOutcome w9Conv2dB8() {
        return sumGradient(x -> Conv2d.conv2d(x[0], x[1], x[2], new Shape(1, 1), new Shape(1, 1)).singletonOrThrow(),
                image, convWeight, convBias);
    }

    @Override
    public NdOutcome sgemm1024() {
        beginCall();
        // outside a GradientCollector DJL's PyTorch records no graph (grad mode off), as torch.no_grad
        return new NdOutcome(view(a1024).matMul(b1024), List.of(), false);
    }

    @Override
    public void close() {
        if (call != null) {
            call.close();
            call = null;
        }
        stored.close();
    }
}
