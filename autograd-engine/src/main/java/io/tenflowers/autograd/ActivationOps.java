package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.ActivationGradKernels;
import io.tenflowers.autograd.kernels.ActivationGradKernels.Kind;
import io.tenflowers.autograd.kernels.SoftmaxKernels;
import io.tenflowers.autograd.kernels.UnaryOp;

/**
 * Activation functions, each with its backward rule. The backward passes of relu, sigmoid and
 * tanh are fused ops of their own ({@link #activationGrad}): one pass instead of several, and
 * still differentiable, so higher-order gradients work through them.
 */
final class ActivationOps {
    private ActivationOps() {
    }

    /** d relu(a) = g·[a &gt; 0]. */
    static Tensor relu(Tensor a) {
        Tensor out = ElementwiseOps.unary(UnaryOp.RELU, a);
        if (TapeStack.anyOpen()) {
            TapeStack.recordElementwise("relu", out, (g, needs) -> new Tensor[]{activationGrad(Kind.RELU, g, a)}, a);
        }
        return out;
    }

    /** d σ(a) = g·σ·(1-σ). */
    static Tensor sigmoid(Tensor a) {
        Tensor out = ElementwiseOps.unary(UnaryOp.SIGMOID, a);
        if (TapeStack.anyOpen()) {
            TapeStack.recordElementwise("sigmoid", out, (g, needs) -> new Tensor[]{activationGrad(Kind.SIGMOID, g, out)}, a);
        }
        return out;
    }

    /** d tanh(a) = g·(1 - tanh²). */
    static Tensor tanh(Tensor a) {
        Tensor out = ElementwiseOps.unary(UnaryOp.TANH, a);
        if (TapeStack.anyOpen()) {
            TapeStack.recordElementwise("tanh", out, (g, needs) -> new Tensor[]{activationGrad(Kind.TANH, g, out)}, a);
        }
        return out;
    }

    /**
     * The fused backward op {@code h(g, s)}: relu {@code g·[s>0]}, sigmoid {@code g·s·(1-s)}, tanh
     * {@code g·(1-s²)}. It is linear in g, so dh/dg applies the same op to the incoming gradient;
     * dh/ds is 0 for relu, {@code g·(1-2s)} for sigmoid and {@code -2·g·s} for tanh.
     */
    static Tensor activationGrad(Kind kind, Tensor g, Tensor s) {
        if (g.size() != 1 && g.size() != s.size()) {
            g = g.broadcastTo(s.shape);
        }
        Tensor gradient = g;
        Tensor out = Tensor.wrap(ActivationGradKernels.backward(kind, g.data(), s.data()), s.shape);
        if (TapeStack.anyOpen()) {
            TapeStack.record(kind.name().toLowerCase() + "Grad", out, (gg, needs) -> new Tensor[]{
                    needs[0] ? activationGrad(kind, gg, s) : null,
                    needs[1] ? secondDerivativeTerm(kind, gg, gradient, s) : null}, gradient, s);
        }
        return out;
    }

    private static Tensor secondDerivativeTerm(Kind kind, Tensor gg, Tensor g, Tensor s) {
        switch (kind) {
            case RELU:
                return null;
            case SIGMOID:
                return gg.mul(g).mul(s.mul(-2f).add(1f));
            case TANH:
                return gg.mul(g).mul(s).mul(-2f);
            default:
                throw new AssertionError(kind);
        }
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
        return SoftmaxKernels.softmax(a.data(), outer, a.shape[axis], inner, log);
    }
}
