package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.BinaryOp;
import io.tenflowers.autograd.kernels.ElementwiseKernels;
import io.tenflowers.autograd.kernels.UnaryOp;

/**
 * Element-wise arithmetic and math functions, each with its backward rule beside its forward.
 * Rules return gradients in the output's (broadcast) shape; the tape sums them back.
 */
final class ElementwiseOps {
    private ElementwiseOps() {
    }

    /** d(a+b) = (g, g). */
    static Tensor add(Tensor a, Tensor b) {
        Tensor out = binary("add", BinaryOp.ADD, a, b);
        if (TapeStack.anyOpen()) {
            TapeStack.recordElementwise("add", out, (g, needs) -> new Tensor[]{g, g}, a, b);
        }
        return out;
    }

    /** d(a-b) = (g, -g). */
    static Tensor sub(Tensor a, Tensor b) {
        Tensor out = binary("sub", BinaryOp.SUB, a, b);
        if (TapeStack.anyOpen()) {
            TapeStack.recordElementwise("sub", out, (g, needs) -> new Tensor[]{g, needs[1] ? g.neg() : null}, a, b);
        }
        return out;
    }

    /** d(a·b) = (g·b, g·a). */
    static Tensor mul(Tensor a, Tensor b) {
        Tensor out = binary("mul", BinaryOp.MUL, a, b);
        if (TapeStack.anyOpen()) {
            TapeStack.recordElementwise("mul", out, (g, needs) -> new Tensor[]{
                    needs[0] ? g.mul(b) : null,
                    needs[1] ? g.mul(a) : null}, a, b);
        }
        return out;
    }

    /** d(a/b) = (g/b, -g·a/b²). */
    static Tensor div(Tensor a, Tensor b) {
        Tensor out = binary("div", BinaryOp.DIV, a, b);
        if (TapeStack.anyOpen()) {
            TapeStack.recordElementwise("div", out, (g, needs) -> new Tensor[]{
                    needs[0] ? g.div(b) : null,
                    needs[1] ? g.mul(a).div(b.mul(b)).neg() : null}, a, b);
        }
        return out;
    }

    /** d(-a) = -g. */
    static Tensor neg(Tensor a) {
        Tensor out = unary(UnaryOp.NEG, a);
        if (TapeStack.anyOpen()) {
            TapeStack.recordElementwise("neg", out, (g, needs) -> new Tensor[]{g.neg()}, a);
        }
        return out;
    }

    /** d(e^a) = g·e^a (the output itself). */
    static Tensor exp(Tensor a) {
        Tensor out = unary(UnaryOp.EXP, a);
        if (TapeStack.anyOpen()) {
            TapeStack.recordElementwise("exp", out, (g, needs) -> new Tensor[]{g.mul(out)}, a);
        }
        return out;
    }

    /** d(log a) = g/a. */
    static Tensor log(Tensor a) {
        Tensor out = unary(UnaryOp.LOG, a);
        if (TapeStack.anyOpen()) {
            TapeStack.recordElementwise("log", out, (g, needs) -> new Tensor[]{g.div(a)}, a);
        }
        return out;
    }

    /** d(√a) = g / (2√a). */
    static Tensor sqrt(Tensor a) {
        Tensor out = unary(UnaryOp.SQRT, a);
        if (TapeStack.anyOpen()) {
            TapeStack.recordElementwise("sqrt", out, (g, needs) -> new Tensor[]{g.div(out.mul(2f))}, a);
        }
        return out;
    }

    /** d(a^p) = g·p·a^(p-1). */
    static Tensor pow(Tensor a, float p) {
        Tensor out = Tensor.wrap(ElementwiseKernels.pow(a.data(), p), a.shape);
        if (TapeStack.anyOpen()) {
            TapeStack.recordElementwise("pow", out, (g, needs) -> new Tensor[]{g.mul(a.pow(p - 1f).mul(p))}, a);
        }
        return out;
    }

    /** d|a| = g·sign(a); sign is a constant (its own derivative is 0 almost everywhere). */
    static Tensor abs(Tensor a) {
        Tensor out = unary(UnaryOp.ABS, a);
        if (TapeStack.anyOpen()) {
            TapeStack.recordElementwise("abs", out, (g, needs) -> new Tensor[]{g.mul(unary(UnaryOp.SIGN, a))}, a);
        }
        return out;
    }

    /**
     * {@code op} applied to {@code a}'s values, unrecorded: the forward of an op, or a constant
     * such as sign(a) in abs's backward (its own derivative is 0 almost everywhere).
     */
    static Tensor unary(UnaryOp op, Tensor a) {
        return Tensor.wrap(ElementwiseKernels.unary(op, a.data()), a.shape);
    }

    static Tensor binary(String op, BinaryOp kind, Tensor a, Tensor b) {
        Axes.requireTensor(op, "the other operand", b);
        int[] shape = Axes.broadcast(op, a.shape, b.shape);
        return Tensor.wrap(ElementwiseKernels.binary(kind, a.data(), a.shape, b.data(), b.shape, shape), shape);
    }
}
