package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.ConvolutionKernels;
import io.tenflowers.autograd.kernels.GatherKernels;
import io.tenflowers.autograd.kernels.Shapes;

import java.util.Arrays;

/**
 * Convolution and pooling on NCHW tensors, built from two linear primitives and their adjoints:
 * im2col ↔ col2im and gather ↔ scatter-add. Each primitive's backward is the other, so gradients
 * of any order come out of the ordinary matmul and reshape rules.
 */
final class ConvolutionOps {
    private ConvolutionOps() {
    }

    /** conv2d = reshape(W)[O, C·kh·kw] · im2col(x)[N, C·kh·kw, OH·OW], reshaped to [N, O, OH, OW], plus bias. */
    static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
        Axes.requireTensor("conv2d", "weight", weight);
        if (x.rank() != 4 || weight.rank() != 4) {
            throw new IllegalArgumentException("conv2d: input must be [N, C, H, W] and weight [O, C, kh, kw], got "
                    + Arrays.toString(x.shape) + " and " + Arrays.toString(weight.shape));
        }
        int n = x.shape[0];
        int c = x.shape[1];
        int o = weight.shape[0];
        int kh = weight.shape[2];
        int kw = weight.shape[3];
        if (weight.shape[1] != c) {
            throw new IllegalArgumentException("conv2d: input " + Arrays.toString(x.shape) + " has " + c
                    + " channels but weight " + Arrays.toString(weight.shape) + " expects " + weight.shape[1]);
        }
        if (bias != null && !Arrays.equals(bias.shape, new int[]{o})) {
            throw new IllegalArgumentException("conv2d: bias must have shape [" + o + "] for weight "
                    + Arrays.toString(weight.shape) + ", got " + Arrays.toString(bias.shape));
        }
        checkWindow("conv2d", x.shape, kh, kw, stride, padding);
        if (stride == 1 && ConvolutionKernels.directAvailable()) {
            return direct(x, weight, bias, padding);
        }
        int oh = ConvolutionKernels.outputSize(x.shape[2], kh, stride, padding);
        int ow = ConvolutionKernels.outputSize(x.shape[3], kw, stride, padding);
        Tensor columns = im2col(x, kh, kw, stride, padding);
        Tensor y = weight.reshape(o, c * kh * kw).matmul(columns).reshape(n, o, oh, ow);
        return bias == null ? y : y.add(bias.reshape(o, 1, 1));
    }

    /**
     * Stride-1 convolution without im2col (the Vector API kernels), as three ops that are each
     * other's gradients: C(x, w) the convolution, T(g, w) its input gradient, W(x, g) its weight
     * gradient. dC = (T(G, w), W(x, G)); dT = (C(G, w), W(G, g)); dW = (T(g, H), C(x, H)).
     * The bias, when there is one, is added inside C (a separate broadcast add read and wrote
     * the whole output again: measured 118 µs of W9's 685); its gradient is G summed over
     * images and pixels.
     */
    private static Tensor direct(Tensor x, Tensor w, Tensor bias, int pad) {
        int[] s = x.shape;
        int[] ws = w.shape;
        int oh = s[2] + 2 * pad - ws[2] + 1;
        int ow = s[3] + 2 * pad - ws[3] + 1;
        Tensor out = Tensor.wrap(ConvolutionKernels.directForward(x.data(), s[0], s[1], s[2], s[3], w.data(), ws[0], ws[2],
                ws[3], pad, bias == null ? null : bias.data()), s[0], ws[0], oh, ow);
        if (TapeStack.anyOpen()) {
            BackwardRule rule = (g, needs) -> {
                Tensor[] grads = new Tensor[needs.length];
                grads[0] = needs[0] ? directInputGradient(g, w, pad, x.shape) : null;
                grads[1] = needs[1] ? directWeightGradient(x, g, pad, w.shape) : null;
                if (needs.length > 2 && needs[2]) {
                    grads[2] = g.reshape(s[0], ws[0], oh * ow).sum(2, false).sum(0, false);
                }
                return grads;
            };
            if (bias == null) {
                TapeStack.record("conv2d", out, rule, x, w);
            } else {
                TapeStack.record("conv2d", out, rule, x, w, bias);
            }
        }
        return out;
    }

    private static Tensor directInputGradient(Tensor g, Tensor w, int pad, int[] inputShape) {
        int[] gs = g.shape;
        int[] ws = w.shape;
        Tensor out = Tensor.wrap(ConvolutionKernels.directInputGradient(g.data(), gs[0], gs[1], gs[2], gs[3], w.data(), ws[1],
                ws[2], ws[3], pad), inputShape.clone());
        if (TapeStack.anyOpen()) {
            TapeStack.record("conv2dInputGrad", out, (gg, needs) -> new Tensor[]{
                    needs[0] ? direct(gg, w, null, pad) : null,
                    needs[1] ? directWeightGradient(gg, g, pad, w.shape) : null}, g, w);
        }
        return out;
    }

    private static Tensor directWeightGradient(Tensor x, Tensor g, int pad, int[] weightShape) {
        int[] s = x.shape;
        Tensor out = Tensor.wrap(ConvolutionKernels.directWeightGradient(x.data(), s[0], s[1], s[2], s[3], g.data(),
                weightShape[0], weightShape[2], weightShape[3], pad), weightShape.clone());
        if (TapeStack.anyOpen()) {
            TapeStack.record("conv2dWeightGrad", out, (gg, needs) -> new Tensor[]{
                    needs[0] ? directInputGradient(g, gg, pad, x.shape) : null,
                    needs[1] ? direct(x, gg, null, pad) : null}, x, g);
        }
        return out;
    }

    /** Max over {@code k×k} windows: a gather of each window's first maximum; gradient scatters back. */
    static Tensor maxPool2d(Tensor x, int kernel, int stride) {
        if (x.rank() != 4) {
            throw new IllegalArgumentException("maxPool2d: input must be [N, C, H, W], got " + Arrays.toString(x.shape));
        }
        checkWindow("maxPool2d", x.shape, kernel, kernel, stride, 0);
        int[] s = x.shape;
        int[] index = GatherKernels.maxPoolIndices(x.data(), s[0], s[1], s[2], s[3], kernel, stride);
        int[] shape = {s[0], s[1], (s[2] - kernel) / stride + 1, (s[3] - kernel) / stride + 1};
        return gather("maxPool2d", x, index, shape);
    }

    private static Tensor im2col(Tensor x, int kh, int kw, int stride, int pad) {
        int[] s = x.shape;
        int oh = ConvolutionKernels.outputSize(s[2], kh, stride, pad);
        int ow = ConvolutionKernels.outputSize(s[3], kw, stride, pad);
        Tensor out = Tensor.wrap(ConvolutionKernels.im2col(x.data(), s[0], s[1], s[2], s[3], kh, kw, stride, pad),
                s[0], s[1] * kh * kw, oh * ow);
        if (TapeStack.anyOpen()) {
            TapeStack.record("im2col", out, (g, needs) -> new Tensor[]{col2im(g, s, kh, kw, stride, pad)}, x);
        }
        return out;
    }

    private static Tensor col2im(Tensor columns, int[] imageShape, int kh, int kw, int stride, int pad) {
        int[] s = imageShape;
        Tensor out = Tensor.wrap(ConvolutionKernels.col2im(columns.data(), s[0], s[1], s[2], s[3], kh, kw, stride, pad),
                s.clone());
        if (TapeStack.anyOpen()) {
            TapeStack.record("col2im", out, (g, needs) -> new Tensor[]{im2col(g, kh, kw, stride, pad)}, columns);
        }
        return out;
    }

    private static Tensor gather(String op, Tensor x, int[] index, int[] shape) {
        Tensor out = Tensor.wrap(GatherKernels.gather(x.data(), index), shape);
        if (TapeStack.anyOpen()) {
            TapeStack.record(op, out, (g, needs) -> new Tensor[]{scatterAdd(g, index, x.shape)}, new Object[]{index}, x);
        }
        return out;
    }

    private static Tensor scatterAdd(Tensor g, int[] index, int[] shape) {
        Tensor out = Tensor.wrap(GatherKernels.scatterAdd(g.data(), index, Shapes.size(shape)), shape);
        if (TapeStack.anyOpen()) {
            TapeStack.record("scatterAdd", out, (gg, needs) -> new Tensor[]{gather("gather", gg, index, g.shape)},
                    new Object[]{index}, g);
        }
        return out;
    }

    private static void checkWindow(String op, int[] input, int kh, int kw, int stride, int padding) {
        if (stride < 1 || padding < 0) {
            throw new IllegalArgumentException(op + ": stride must be >= 1 and padding >= 0, got stride " + stride
                    + " and padding " + padding);
        }
        if (kh < 1 || kw < 1 || input[2] + 2 * padding < kh || input[3] + 2 * padding < kw) {
            throw new IllegalArgumentException(op + ": a " + kh + "x" + kw + " window with padding " + padding
                    + " does not fit input " + Arrays.toString(input));
        }
    }
}
