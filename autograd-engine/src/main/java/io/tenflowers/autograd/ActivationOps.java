package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.SoftmaxKernels;
import io.tenflowers.autograd.kernels.UnaryOp;

/** Activation functions, each with its backward rule. */
final class ActivationOps {
    private ActivationOps() {
    }

    /** d relu(a) = g·[a &gt; 0]; the mask is rebuilt from {@code a} in backward rather than kept. */
    static Tensor relu(Tensor a) {
        Tensor out = ElementwiseOps.unary(UnaryOp.RELU, a);
        if (TapeStack.anyOpen()) {
            TapeStack.record("relu", out, (g, needs) -> new Tensor[]{
                    g.mul(ElementwiseOps.constant(UnaryOp.POSITIVE_MASK, a))}, a);
        }
        return out;
    }

    /** d σ(a) = g·σ·(1-σ). */
    static Tensor sigmoid(Tensor a) {
        Tensor out = ElementwiseOps.unary(UnaryOp.SIGMOID, a);
        if (TapeStack.anyOpen()) {
            TapeStack.record("sigmoid", out, (g, needs) -> new Tensor[]{
                    g.mul(out.mul(out.neg().add(1f)))}, a);
        }
        return out;
    }

    /** d tanh(a) = g·(1 - tanh²). */
    static Tensor tanh(Tensor a) {
        Tensor out = ElementwiseOps.unary(UnaryOp.TANH, a);
        if (TapeStack.anyOpen()) {
            TapeStack.record("tanh", out, (g, needs) -> new Tensor[]{
                    g.mul(out.mul(out).neg().add(1f))}, a);
        }
        return out;
    }

    /** With y = softmax(a): da = y ⊙ (g - Σ_axis g⊙y). */
    static Tensor softmax(Tensor a, int axis) {
        int ax = Axes.normalize("softmax", axis, a.shape);
        Tensor out = Tensor.wrap(softmaxKernel(a, ax, false), a.shape);
        if (TapeStack.anyOpen()) {
            TapeStack.record("softmax", out, (g, needs) -> new Tensor[]{
                    g.sub(g.mul(out).sum(ax, true)).mul(out)}, a);
        }
        return out;
    }

    /** With y = logSoftmax(a): da = g - e^y ⊙ Σ_axis g. */
    static Tensor logSoftmax(Tensor a, int axis) {
        int ax = Axes.normalize("logSoftmax", axis, a.shape);
        Tensor out = Tensor.wrap(softmaxKernel(a, ax, true), a.shape);
        if (TapeStack.anyOpen()) {
            TapeStack.record("logSoftmax", out, (g, needs) -> new Tensor[]{
                    g.sub(out.exp().mul(g.sum(ax, true)))}, a);
        }
        return out;
    }

    private static float[] softmaxKernel(Tensor a, int axis, boolean log) {
        int outer = 1;
        for (int d = 0; d < axis; d++) {
            outer *= a.shape[d];
        }
        int inner = 1;
        for (int d = axis + 1; d < a.shape.length; d++) {
            inner *= a.shape[d];
        }
        return SoftmaxKernels.softmax(a.data, outer, a.shape[axis], inner, log);
    }
}
