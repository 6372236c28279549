package io.tenflowers.autograd;

import io.tenflowers.autograd.GradientCheck.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Every op of the engine against finite differences, on random shapes from seeded generators
 * (each seed a different set of shapes), including broadcasting operands and negative axes.
 */
class OpGradientTest {

    private static void checkBinary(String op, BiFunction<Tensor, Tensor, Tensor> f, RandomTensors rt,
                                    Tensor a, Tensor b) {
        GradientCheck.check(op + " " + Arrays.toString(a.shape()) + " with " + Arrays.toString(b.shape()),
                x -> f.apply(x[0], x[1]), rt.random(), a, b);
    }

    /** Operand shapes: equal, one broadcast against the other (both ways round), and with a scalar. */
    private static int[][][] binaryShapes(RandomTensors rt) {
        int[] full = rt.shape(1, 4, 4);
        int[] partner = rt.broadcastPartner(full);
        return new int[][][]{{full, full}, {full, partner}, {partner, full}, {full, new int[0]}};
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void addSubMulWithBroadcasting(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        for (int[][] shapes : binaryShapes(rt)) {
            checkBinary("add", Tensor::add, rt, rt.uniform(shapes[0]), rt.uniform(shapes[1]));
            checkBinary("sub", Tensor::sub, rt, rt.uniform(shapes[0]), rt.uniform(shapes[1]));
            checkBinary("mul", Tensor::mul, rt, rt.uniform(shapes[0]), rt.uniform(shapes[1]));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void divWithBroadcasting(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        for (int[][] shapes : binaryShapes(rt)) {
            // Denominators keep |b| >= 0.5: near 0 the quotient is too steep for a finite difference.
            Tensor b = rt.signed(0.5f, 2f, shapes[1]);
            GradientCheck.check("div " + Arrays.toString(shapes[0]) + " / " + Arrays.toString(shapes[1]),
                    x -> x[0].div(x[1]), Tolerance.STEEP, rt.random(), rt.uniform(shapes[0]), b);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void unaryMath(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        int[] shape = rt.shape(0, 4, 4);
        GradientCheck.check("neg", x -> x[0].neg(), rt.random(), rt.uniform(shape));
        GradientCheck.check("exp", x -> x[0].exp(), Tolerance.STEEP, rt.random(), rt.uniform(shape));
        GradientCheck.check("log", x -> x[0].log(), Tolerance.STEEP, rt.random(), rt.uniform(0.5f, 2f, shape));
        GradientCheck.check("sqrt", x -> x[0].sqrt(), Tolerance.STEEP, rt.random(), rt.uniform(0.5f, 2f, shape));
        GradientCheck.check("abs", x -> x[0].abs(), rt.random(), rt.awayFromZero(shape));
        GradientCheck.check("pow 2", x -> x[0].pow(2f), rt.random(), rt.uniform(shape));
        GradientCheck.check("pow 3", x -> x[0].pow(3f), Tolerance.STEEP, rt.random(), rt.uniform(shape));
        GradientCheck.check("pow 0.5", x -> x[0].pow(0.5f), Tolerance.STEEP, rt.random(), rt.uniform(0.5f, 2f, shape));
        GradientCheck.check("pow -1.5", x -> x[0].pow(-1.5f), Tolerance.STEEP, rt.random(), rt.uniform(0.5f, 2f, shape));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void activations(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        int[] shape = rt.shape(1, 4, 5);
        int axis = rt.random().nextInt(2 * shape.length) - shape.length; // negative half the time
        GradientCheck.check("relu", x -> x[0].relu(), rt.random(), rt.awayFromZero(shape));
        GradientCheck.check("sigmoid", x -> x[0].sigmoid(), rt.random(), rt.uniform(-3f, 3f, shape));
        GradientCheck.check("tanh", x -> x[0].tanh(), rt.random(), rt.uniform(-2f, 2f, shape));
        GradientCheck.check("softmax axis " + axis, x -> x[0].softmax(axis), rt.random(), rt.uniform(-2f, 2f, shape));
        GradientCheck.check("logSoftmax axis " + axis, x -> x[0].logSoftmax(axis), rt.random(), rt.uniform(-2f, 2f, shape));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void reductions(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        int[] shape = rt.shape(1, 4, 4);
        int axis = rt.random().nextInt(2 * shape.length) - shape.length;
        boolean keep = rt.random().nextBoolean();
        GradientCheck.check("sum", x -> x[0].sum(), rt.random(), rt.uniform(shape));
        GradientCheck.check("mean", x -> x[0].mean(), rt.random(), rt.uniform(shape));
        GradientCheck.check("max", x -> x[0].max(), rt.random(), rt.distinct(shape));
        GradientCheck.check("min", x -> x[0].min(), rt.random(), rt.distinct(shape));
        String suffix = " axis " + axis + " keepDims " + keep + " of " + Arrays.toString(shape);
        GradientCheck.check("sum" + suffix, x -> x[0].sum(axis, keep), rt.random(), rt.uniform(shape));
        GradientCheck.check("mean" + suffix, x -> x[0].mean(axis, keep), rt.random(), rt.uniform(shape));
        GradientCheck.check("max" + suffix, x -> x[0].max(axis, keep), rt.random(), rt.distinct(shape));
        GradientCheck.check("min" + suffix, x -> x[0].min(axis, keep), rt.random(), rt.distinct(shape));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void matmulPlainAndBatchedWithBroadcastBatch(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        int m = rt.dim(5);
        int k = rt.dim(5);
        int n = rt.dim(5);
        int batch = rt.dim(3);
        GradientCheck.check("matmul 2-D", x -> x[0].matmul(x[1]), rt.random(), rt.uniform(m, k), rt.uniform(k, n));
        GradientCheck.check("matmul batched", x -> x[0].matmul(x[1]), rt.random(),
                rt.uniform(batch, m, k), rt.uniform(batch, k, n));
        GradientCheck.check("matmul [b,m,k]x[k,n]", x -> x[0].matmul(x[1]), rt.random(),
                rt.uniform(batch, m, k), rt.uniform(k, n));
        GradientCheck.check("matmul [2,1,m,k]x[b,k,n]", x -> x[0].matmul(x[1]), rt.random(),
                rt.uniform(2, 1, m, k), rt.uniform(batch, k, n));
        GradientCheck.check("matmul Aᵀ·B", x -> x[0].matmul(x[1], true, false), rt.random(),
                rt.uniform(batch, k, m), rt.uniform(k, n));
        GradientCheck.check("matmul A·Bᵀ", x -> x[0].matmul(x[1], false, true), rt.random(),
                rt.uniform(m, k), rt.uniform(batch, n, k));
        GradientCheck.check("matmul Aᵀ·Bᵀ", x -> x[0].matmul(x[1], true, true), rt.random(),
                rt.uniform(k, m), rt.uniform(n, k));
    }

    /** Products large enough for the packed (Vector API) kernel, with partial tiles, through the tape. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void matmulOnThePackedKernelPath(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        GradientCheck.check("matmul 23x37 · 37x41", x -> x[0].matmul(x[1]), rt.random(), rt.uniform(23, 37), rt.uniform(37, 41));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void shapeOps(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        int[] shape = rt.shape(2, 4, 4);
        int d0 = rt.random().nextInt(2 * shape.length) - shape.length;
        int d1 = rt.random().nextInt(shape.length);
        GradientCheck.check("transpose()", x -> x[0].transpose(), rt.random(), rt.uniform(shape));
        GradientCheck.check("transpose(" + d0 + ", " + d1 + ")", x -> x[0].transpose(d0, d1), rt.random(), rt.uniform(shape));
        GradientCheck.check("reshape(-1)", x -> x[0].reshape(-1), rt.random(), rt.uniform(shape));
        GradientCheck.check("reshape(first, -1)", x -> x[0].reshape(shape[0], -1), rt.random(), rt.uniform(shape));
        int[] partner = rt.broadcastPartner(shape);
        GradientCheck.check("broadcastTo " + Arrays.toString(partner) + " -> " + Arrays.toString(shape),
                x -> x[0].broadcastTo(shape), rt.random(), rt.uniform(partner));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void conv2dWithStridePaddingAndBias(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        int n = rt.dim(2);
        int c = rt.dim(3);
        int o = rt.dim(3);
        int k = rt.dim(3);
        int stride = rt.dim(2);
        int pad = rt.random().nextInt(2);
        int h = k + rt.random().nextInt(4);
        int w = k + rt.random().nextInt(4);
        String name = "conv2d x[" + n + "," + c + "," + h + "," + w + "] w[" + o + "," + c + "," + k + "," + k
                + "] stride " + stride + " pad " + pad;
        GradientCheck.check(name, x -> x[0].conv2d(x[1], x[2], stride, pad), rt.random(),
                rt.uniform(n, c, h, w), rt.uniform(o, c, k, k), rt.uniform(o));
        GradientCheck.check(name + " no bias", x -> x[0].conv2d(x[1], null, stride, pad), rt.random(),
                rt.uniform(n, c, h, w), rt.uniform(o, c, k, k));
    }

    /** Images wide enough for the direct kernels' vector tiles (16 lanes) plus a tail. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void conv2dOnWideImages(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        GradientCheck.check("conv2d x[1,2,4,19] w[5,2,3,3] pad 1", x -> x[0].conv2d(x[1], x[2], 1, 1), rt.random(),
                rt.uniform(1, 2, 4, 19), rt.uniform(5, 2, 3, 3), rt.uniform(5));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void maxPool2d(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        int kernel = 1 + rt.dim(2);
        int stride = rt.dim(2);
        int[] shape = {rt.dim(2), rt.dim(2), kernel + rt.random().nextInt(4), kernel + rt.random().nextInt(4)};
        GradientCheck.check("maxPool2d k" + kernel + " s" + stride + " " + Arrays.toString(shape),
                x -> x[0].maxPool2d(kernel, stride), rt.random(), rt.distinct(shape));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void crossEntropy(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        int batch = rt.dim(6);
        int classes = 1 + rt.dim(5);
        int[] targets = new int[batch];
        for (int b = 0; b < batch; b++) {
            targets[b] = rt.random().nextInt(classes);
        }
        GradientCheck.check("crossEntropy", x -> x[0].crossEntropy(targets), rt.random(), rt.uniform(-2f, 2f, batch, classes));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void compositeOfManyOps(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        Function<Tensor[], Tensor> f = x -> x[0].matmul(x[1]).add(x[2]).tanh().mul(x[0].sum(1, true)).softmax(-1)
                .log().mean(0, false);
        GradientCheck.check("composite", f, rt.random(), rt.uniform(3, 4), rt.uniform(4, 5), rt.uniform(5));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void crossEntropyMatchesItsDefinition(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        Tensor logits = rt.uniform(-3f, 3f, 4, 5);
        int[] targets = {0, 4, 2, 2};
        float[] logp = logits.logSoftmax(1).toFloatArray();
        double expected = 0;
        for (int b = 0; b < 4; b++) {
            expected -= logp[b * 5 + targets[b]];
        }
        assertArrayEquals(new float[]{(float) (expected / 4)}, logits.crossEntropy(targets).toFloatArray(), 1e-5f);
    }
}
