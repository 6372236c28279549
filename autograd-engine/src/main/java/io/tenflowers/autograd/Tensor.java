package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.Shapes;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A dense, row-major tensor of 32-bit floats.
 *
 * <p>Tensors are immutable; every op returns a new tensor, and element-wise ops broadcast their
 * operands as NumPy does (shapes aligned at the last dimension, each pair equal or 1). A scalar
 * has rank 0 (shape {@code []}). Axes may be negative, counted from the end. Ops executed while a
 * {@link GradientTape} is open on this thread are recorded when they use a watched tensor; outside
 * any tape they record nothing.
 *
 * <p>A {@linkplain #variable variable} is the one mutable kind: optimizers update it in place, and
 * every tape watches it automatically.
 */
public final class Tensor {
    // Null once released by its MemoryScope; read it through data(), which says so.
    private float[] data;
    final int[] shape;
    private final boolean variable;

    // Takes ownership of data: callers pass a freshly computed array.
    Tensor(float[] data, int[] shape, boolean variable) {
        this.data = data;
        this.shape = shape;
        this.variable = variable;
        MemoryScope.track(this);
    }

    /** The elements, row-major; fails loudly once the tensor's {@link MemoryScope} released them. */
    float[] data() {
        float[] d = data;
        if (d == null) {
            throw new IllegalStateException("This tensor of shape " + Arrays.toString(shape) + " was released when the "
                    + "MemoryScope it was created in closed; its memory now holds other tensors' values. Keep it with "
                    + "scope.keep(tensor) before the scope closes, or copy what you need (toFloatArray()) inside it.");
        }
        return d;
    }

    /** Called by the tensor's {@link MemoryScope} when its array returns to the pool. */
    void release() {
        data = null;
    }

    /**
     * Whether this tensor was released by the {@link MemoryScope} it was created in (then every use
     * of it throws {@link IllegalStateException}).
     */
    public boolean isReleased() {
        return data == null;
    }

    static Tensor wrap(float[] data, int... shape) {
        return new Tensor(data, shape, false);
    }

    // ---------------------------------------------------------------- creation

    /** A tensor of the given shape holding a copy of {@code data} (row-major). */
    public static Tensor of(float[] data, int... shape) {
        if (data == null) {
            throw new IllegalArgumentException("Tensor.of: data is null");
        }
        int[] s = checkShape("Tensor.of", shape);
        if (Shapes.size(s) != data.length) {
            throw new IllegalArgumentException("Tensor.of: shape " + Arrays.toString(s) + " holds "
                    + Shapes.size(s) + " elements but " + data.length + " values were given");
        }
        return new Tensor(data.clone(), s, false);
    }

    /** A rank-0 tensor. */
    public static Tensor scalar(float value) {
        return new Tensor(new float[]{value}, new int[0], false);
    }

    /** A tensor of the given shape filled with {@code value}. */
    public static Tensor full(float value, int... shape) {
        int[] s = checkShape("Tensor.full", shape);
        float[] d = new float[Shapes.size(s)];
        Arrays.fill(d, value);
        return new Tensor(d, s, false);
    }

    /** A tensor of zeros. */
    public static Tensor zeros(int... shape) {
        int[] s = checkShape("Tensor.zeros", shape);
        return new Tensor(new float[Shapes.size(s)], s, false);
    }

    /** A tensor of ones. */
    public static Tensor ones(int... shape) {
        return full(1f, shape);
    }

    /** Independent samples of N(0, stddev²) drawn from {@code random}. */
    public static Tensor randomNormal(Random random, float stddev, int... shape) {
        int[] s = checkShape("Tensor.randomNormal", shape);
        float[] d = new float[Shapes.size(s)];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) (random.nextGaussian() * stddev);
        }
        return new Tensor(d, s, false);
    }

    /** Independent samples of U[low, high) drawn from {@code random}. */
    public static Tensor randomUniform(Random random, float low, float high, int... shape) {
        int[] s = checkShape("Tensor.randomUniform", shape);
        float[] d = new float[Shapes.size(s)];
        for (int i = 0; i < d.length; i++) {
            d[i] = low + (high - low) * random.nextFloat();
        }
        return new Tensor(d, s, false);
    }

    /** A trainable variable holding a copy of {@code data}: watched by every tape, updated in place by optimizers. */
    public static Tensor variable(float[] data, int... shape) {
        Tensor t = of(data, shape);
        return new Tensor(t.data(), t.shape, true);
    }

    /** A trainable variable initialised with a copy of {@code initial}'s values. */
    public static Tensor variable(Tensor initial) {
        return new Tensor(initial.data().clone(), initial.shape.clone(), true);
    }

    private static int[] checkShape(String op, int[] shape) {
        if (shape == null) {
            throw new IllegalArgumentException(op + ": shape is null");
        }
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException(op + ": shape " + Arrays.toString(shape) + " has a negative dimension");
            }
        }
        return shape.clone();
    }

    // ---------------------------------------------------------------- inspection

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    /** Number of dimensions (0 for a scalar). */
    public int rank() {
        return shape.length;
    }

    /** Number of elements. */
    public int size() {
        float[] d = data;
        return d == null ? Shapes.size(shape) : d.length;
    }

    /** A row-major copy of the elements. */
    public float[] toFloatArray() {
        return data().clone();
    }

    /** The value of a one-element tensor. */
    public float item() {
        if (data().length != 1) {
            throw new IllegalStateException("item: tensor of shape " + Arrays.toString(shape)
                    + " has " + data().length + " elements, not 1");
        }
        return data()[0];
    }

    /** The element at the given index (one coordinate per dimension). */
    public float get(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("get: index " + Arrays.toString(index) + " has " + index.length
                    + " coordinates but the tensor has shape " + Arrays.toString(shape));
        }
        int flat = 0;
        for (int d = 0; d < shape.length; d++) {
            if (index[d] < 0 || index[d] >= shape[d]) {
                throw new IndexOutOfBoundsException("get: index " + Arrays.toString(index)
                        + " is outside shape " + Arrays.toString(shape));
            }
            flat = flat * shape[d] + index[d];
        }
        return data()[flat];
    }

    /** Whether this is a trainable variable (always watched, mutable in place). */
    public boolean isVariable() {
        return variable;
    }

    /**
     * Mutates a variable in place: {@code mutation} receives the variable's own buffer (row-major,
     * {@link #size()} floats) and must not keep it. Meant for optimizers. A tape that recorded ops
     * on this variable sees the new values, so update only after computing the gradients.
     */
    public void updateInPlace(Consumer<float[]> mutation) {
        if (!variable) {
            throw new IllegalStateException("updateInPlace: only variables are mutable; this tensor of shape "
                    + Arrays.toString(shape) + " is immutable (create it with Tensor.variable(...))");
        }
        mutation.accept(data());
    }

    /** Copies {@code value}'s elements into this variable; shapes must be equal. */
    public void assign(Tensor value) {
        if (!Arrays.equals(shape, value.shape)) {
            throw new IllegalArgumentException("assign: value of shape " + Arrays.toString(value.shape)
                    + " does not match variable of shape " + Arrays.toString(shape));
        }
        updateInPlace(d -> System.arraycopy(value.data(), 0, d, 0, d.length));
    }

    long countBytes(Set<Object> seen) {
        return data != null && seen.add(data) ? 4L * data.length : 0;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(variable ? "Variable" : "Tensor").append(Arrays.toString(shape)).append(' ');
        float[] data = this.data;
        if (data == null) {
            return sb.append("(released by its MemoryScope)").toString();
        }
        int shown = Math.min(data.length, 8);
        sb.append('[');
        for (int i = 0; i < shown; i++) {
            sb.append(i > 0 ? ", " : "").append(data[i]);
        }
        return sb.append(data.length > shown ? ", ...]" : "]").toString();
    }

    // ---------------------------------------------------------------- element-wise

    /** {@code this + other}, broadcasting. */
    public Tensor add(Tensor other) { return ElementwiseOps.add(this, other); }

    /** {@code this + value}. */
    public Tensor add(float value) { return ElementwiseOps.add(this, scalar(value)); }

    /** {@code this - other}, broadcasting. */
    public Tensor sub(Tensor other) { return ElementwiseOps.sub(this, other); }

    /** {@code this - value}. */
    public Tensor sub(float value) { return ElementwiseOps.sub(this, scalar(value)); }

    /** {@code this ⊙ other} (element-wise product), broadcasting. */
    public Tensor mul(Tensor other) { return ElementwiseOps.mul(this, other); }

    /** {@code this · value}. */
    public Tensor mul(float value) { return ElementwiseOps.mul(this, scalar(value)); }

    /** {@code this / other} element-wise, broadcasting. */
    public Tensor div(Tensor other) { return ElementwiseOps.div(this, other); }

    /** {@code this / value}. */
    public Tensor div(float value) { return ElementwiseOps.div(this, scalar(value)); }

    /** {@code -this}. */
    public Tensor neg() { return ElementwiseOps.neg(this); }

    /** {@code e^x}. */
    public Tensor exp() { return ElementwiseOps.exp(this); }

    /** Natural logarithm. */
    public Tensor log() { return ElementwiseOps.log(this); }

    /** Square root. */
    public Tensor sqrt() { return ElementwiseOps.sqrt(this); }

    /** {@code x^p}; gradient {@code p·x^(p-1)}. */
    public Tensor pow(float p) { return ElementwiseOps.pow(this, p); }

    /** {@code |x|}; gradient {@code sign(x)} (0 at 0). */
    public Tensor abs() { return ElementwiseOps.abs(this); }

    // ---------------------------------------------------------------- matrix and shape

    /**
     * Matrix product over the last two dimensions: {@code [..., m, k] · [..., k, n] → [..., m, n]}.
     * Leading (batch) dimensions broadcast; both operands need rank ≥ 2.
     */
    public Tensor matmul(Tensor other) { return MatmulOp.matmul(this, false, other, false); }

    /**
     * {@code op(this)·op(other)}, where op transposes the last two dimensions when its flag is
     * set, without materialising the transpose (as {@code tf.matmul(transpose_a, transpose_b)}).
     */
    public Tensor matmul(Tensor other, boolean transposeThis, boolean transposeOther) {
        return MatmulOp.matmul(this, transposeThis, other, transposeOther);
    }

    /** Swaps the last two dimensions. */
    public Tensor transpose() {
        if (shape.length < 2) {
            throw new IllegalArgumentException("transpose: needs rank >= 2, got shape " + Arrays.toString(shape));
        }
        return ShapeOps.transpose(this, shape.length - 2, shape.length - 1);
    }

    /** Swaps dimensions {@code dim0} and {@code dim1} (negative counts from the end). */
    public Tensor transpose(int dim0, int dim1) {
        return ShapeOps.transpose(this, Axes.normalize("transpose", dim0, shape), Axes.normalize("transpose", dim1, shape));
    }

    /** The same elements in a new shape; one dimension may be -1 (inferred). */
    public Tensor reshape(int... newShape) { return ShapeOps.reshape(this, newShape); }

    /** Repeats this tensor along broadcast dimensions to {@code targetShape}; gradient sums back. */
    public Tensor broadcastTo(int... targetShape) { return ShapeOps.broadcastTo(this, targetShape); }

    // ---------------------------------------------------------------- activations

    /** {@code max(x, 0)}; gradient 1 where x &gt; 0, else 0. */
    public Tensor relu() { return ActivationOps.relu(this); }

    /** {@code 1 / (1 + e^-x)}. */
    public Tensor sigmoid() { return ActivationOps.sigmoid(this); }

    /** Hyperbolic tangent. */
    public Tensor tanh() { return ActivationOps.tanh(this); }

    /** {@code e^x_i / Σ_j e^x_j} along {@code axis}, computed stably. */
    public Tensor softmax(int axis) { return ActivationOps.softmax(this, axis); }

    /** {@code x_i - log Σ_j e^x_j} along {@code axis}, computed stably. */
    public Tensor logSoftmax(int axis) { return ActivationOps.logSoftmax(this, axis); }

    // ---------------------------------------------------------------- reductions

    /** Sum of all elements (a scalar). */
    public Tensor sum() { return ReductionOps.sum(this); }

    /** Sum along {@code axis}; {@code keepDims} keeps it with length 1. */
    public Tensor sum(int axis, boolean keepDims) { return ReductionOps.sum(this, axis, keepDims); }

    /** Mean of all elements; NaN for an empty tensor (0/0, as in PyTorch). */
    public Tensor mean() { return ReductionOps.mean(this); }

    /** Mean along {@code axis}; NaN where that axis has length 0 (as in PyTorch). */
    public Tensor mean(int axis, boolean keepDims) { return ReductionOps.mean(this, axis, keepDims); }

    /** Maximum of all elements; tied maxima share the gradient equally. */
    public Tensor max() { return ReductionOps.max(this); }

    /** Maximum along {@code axis}; tied maxima share the gradient equally. */
    public Tensor max(int axis, boolean keepDims) { return ReductionOps.max(this, axis, keepDims); }

    /** Minimum of all elements; tied minima share the gradient equally. */
    public Tensor min() { return ReductionOps.min(this); }

    /** Minimum along {@code axis}; tied minima share the gradient equally. */
    public Tensor min(int axis, boolean keepDims) { return ReductionOps.min(this, axis, keepDims); }

    // ---------------------------------------------------------------- convolution, pooling, loss

    /**
     * 2-D convolution (cross-correlation, as in every DL framework) of this {@code [N, C, H, W]}
     * input with {@code weight [O, C, kh, kw]}, plus {@code bias [O]} (or {@code null}):
     * {@code out[n,o,y,x] = b[o] + Σ_{c,i,j} w[o,c,i,j] · in[n,c,y·s+i-p,x·s+j-p]}, zero padding;
     * output {@code [N, O, (H+2p-kh)/s+1, (W+2p-kw)/s+1]}.
     */
    public Tensor conv2d(Tensor weight, Tensor bias, int stride, int padding) {
        return ConvolutionOps.conv2d(this, weight, bias, stride, padding);
    }

    /**
     * Max pooling of this {@code [N, C, H, W]} input over {@code kernel×kernel} windows every
     * {@code stride} pixels (no padding). The gradient goes to the first maximum of each window.
     */
    public Tensor maxPool2d(int kernel, int stride) { return ConvolutionOps.maxPool2d(this, kernel, stride); }

    /**
     * Mean softmax cross-entropy of these logits {@code [B, C]} against class indices
     * {@code targets[B]}: {@code (1/B) Σ_b (log Σ_c e^x_bc - x_b,t_b)}, fused and stable;
     * gradient {@code (softmax(x) - onehot(t)) / B}.
     */
    public Tensor crossEntropy(int[] targets) { return LossOps.crossEntropy(this, targets); }
}
