package io.tenflowers.autograd;

import io.tenflowers.autograd.GradientCheck.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every op of the engine against finite differences, on random shapes from seeded generators
 * (each seed a different set of shapes), including broadcasting operands and negative axes.
 *
 * <p>{@link #CHECKS} is the table of checked ops, keyed by the op's public signature
 * ({@link PublicOps}); {@link #NOT_CHECKED} lists, with a reason each, the public methods that
 * need no gradient check. {@link #everyPublicOpIsCheckedOrExcludedWithAReason} fails when a public
 * op is in neither, so that a new op cannot ship without its check.
 */
class OpGradientTest {

    /** One op's finite-difference checks for one seed, drawing shapes and values from {@code rt}. */
    @FunctionalInterface
    interface OpCheck {
        void run(RandomTensors rt);
    }

    /** Seeds per op: each draws other shapes, axes and values. */
    private static final int SEEDS = 6;

    /** The finite-difference-checked ops, by {@link PublicOps} signature. */
    static final Map<String, OpCheck> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("Tensor.add(Tensor)", rt -> checkBinary("add", Tensor::add, rt));
        CHECKS.put("Tensor.sub(Tensor)", rt -> checkBinary("sub", Tensor::sub, rt));
        CHECKS.put("Tensor.mul(Tensor)", rt -> checkBinary("mul", Tensor::mul, rt));
        CHECKS.put("Tensor.div(Tensor)", OpGradientTest::checkDivWithBroadcasting);
        CHECKS.put("Tensor.add(float)", rt -> checkWithConstant("add", Tensor::add, rt.uniform(-2f, 2f).item(), rt));
        CHECKS.put("Tensor.sub(float)", rt -> checkWithConstant("sub", Tensor::sub, rt.uniform(-2f, 2f).item(), rt));
        CHECKS.put("Tensor.mul(float)", rt -> checkWithConstant("mul", Tensor::mul, rt.uniform(-2f, 2f).item(), rt));
        // |c| >= 0.5, as for div(Tensor): near 0 the quotient is too steep for a finite difference.
        CHECKS.put("Tensor.div(float)", rt -> checkWithConstant("div", Tensor::div, rt.signed(0.5f, 2f).item(), rt));
        CHECKS.put("Tensor.neg()", rt -> GradientCheck.check("neg", x -> x[0].neg(), rt.random(), rt.uniform(anyShape(rt))));
        CHECKS.put("Tensor.exp()", rt -> GradientCheck.check("exp", x -> x[0].exp(), Tolerance.STEEP, rt.random(),
                rt.uniform(anyShape(rt))));
        CHECKS.put("Tensor.log()", rt -> GradientCheck.check("log", x -> x[0].log(), Tolerance.STEEP, rt.random(),
                rt.uniform(0.5f, 2f, anyShape(rt))));
        CHECKS.put("Tensor.sqrt()", rt -> GradientCheck.check("sqrt", x -> x[0].sqrt(), Tolerance.STEEP, rt.random(),
                rt.uniform(0.5f, 2f, anyShape(rt))));
        CHECKS.put("Tensor.abs()", rt -> GradientCheck.check("abs", x -> x[0].abs(), rt.random(), rt.awayFromZero(anyShape(rt))));
        CHECKS.put("Tensor.pow(float)", OpGradientTest::checkPow);
        CHECKS.put("Tensor.relu()", rt -> GradientCheck.check("relu", x -> x[0].relu(), rt.random(),
                rt.awayFromZero(rt.shape(1, 4, 5))));
        CHECKS.put("Tensor.sigmoid()", rt -> GradientCheck.check("sigmoid", x -> x[0].sigmoid(), rt.random(),
                rt.uniform(-3f, 3f, rt.shape(1, 4, 5))));
        CHECKS.put("Tensor.tanh()", rt -> GradientCheck.check("tanh", x -> x[0].tanh(), rt.random(),
                rt.uniform(-2f, 2f, rt.shape(1, 4, 5))));
        CHECKS.put("Tensor.softmax(int)", rt -> checkAlongAxis("softmax", Tensor::softmax, rt));
        CHECKS.put("Tensor.logSoftmax(int)", rt -> checkAlongAxis("logSoftmax", Tensor::logSoftmax, rt));
        CHECKS.put("Tensor.sum()", rt -> GradientCheck.check("sum", x -> x[0].sum(), rt.random(), rt.uniform(reducedShape(rt))));
        CHECKS.put("Tensor.mean()", rt -> GradientCheck.check("mean", x -> x[0].mean(), rt.random(), rt.uniform(reducedShape(rt))));
        CHECKS.put("Tensor.max()", rt -> GradientCheck.check("max", x -> x[0].max(), rt.random(), rt.distinct(reducedShape(rt))));
        CHECKS.put("Tensor.min()", rt -> GradientCheck.check("min", x -> x[0].min(), rt.random(), rt.distinct(reducedShape(rt))));
        CHECKS.put("Tensor.sum(int, boolean)", rt -> checkReductionAlongAxis("sum", Tensor::sum, false, rt));
        CHECKS.put("Tensor.mean(int, boolean)", rt -> checkReductionAlongAxis("mean", Tensor::mean, false, rt));
        CHECKS.put("Tensor.max(int, boolean)", rt -> checkReductionAlongAxis("max", Tensor::max, true, rt));
        CHECKS.put("Tensor.min(int, boolean)", rt -> checkReductionAlongAxis("min", Tensor::min, true, rt));
        CHECKS.put("Tensor.matmul(Tensor)", OpGradientTest::checkMatmulPlainAndBatchedWithBroadcastBatch);
        CHECKS.put("Tensor.matmul(Tensor, boolean, boolean)", OpGradientTest::checkMatmulTransposed);
        CHECKS.put("Tensor.transpose()", rt -> GradientCheck.check("transpose()", x -> x[0].transpose(), rt.random(),
                rt.uniform(rt.shape(2, 4, 4))));
        CHECKS.put("Tensor.transpose(int, int)", OpGradientTest::checkTransposeOfTwoDimensions);
        CHECKS.put("Tensor.reshape(int[])", OpGradientTest::checkReshape);
        CHECKS.put("Tensor.broadcastTo(int[])", OpGradientTest::checkBroadcastTo);
        CHECKS.put("Tensor.conv2d(Tensor, Tensor, int, int)", OpGradientTest::checkConv2dWithStridePaddingAndBias);
        CHECKS.put("Tensor.maxPool2d(int, int)", OpGradientTest::checkMaxPool2d);
        CHECKS.put("Tensor.crossEntropy(int[])", OpGradientTest::checkCrossEntropy);
    }

    /**
     * The public methods that need no finite-difference check, each with the reason. (The value
     * is the comment: it is printed when an entry goes stale.)
     */
    static final Map<String, String> NOT_CHECKED = Map.ofEntries(
            // creation: no tensor input, so nothing to differentiate with respect to
            entry("Tensor.of(float[], int[])", "creation from a Java array: no tensor input"),
            entry("Tensor.scalar(float)", "creation from a float: no tensor input"),
            entry("Tensor.full(float, int[])", "creation: no tensor input"),
            entry("Tensor.zeros(int[])", "creation: no tensor input"),
            entry("Tensor.ones(int[])", "creation: no tensor input"),
            entry("Tensor.randomNormal(Random, float, int[])", "creation from a random generator: no tensor input"),
            entry("Tensor.randomUniform(Random, float, float, int[])", "creation from a random generator: no tensor input"),
            entry("Tensor.variable(float[], int[])", "creation of a trainable leaf: no tensor input"),
            entry("Tensor.variable(Tensor)", "a new trainable leaf holding a copy of the values: by design no "
                    + "gradient flows back to the tensor it was copied from (like detach)"),
            // accessors and in-place updates: return no tensor and record nothing on a tape
            entry("Tensor.shape()", "accessor: returns int[]"),
            entry("Tensor.rank()", "accessor: returns int"),
            entry("Tensor.size()", "accessor: returns int"),
            entry("Tensor.toFloatArray()", "accessor: returns a copy of the values as float[]"),
            entry("Tensor.item()", "accessor: returns a float"),
            entry("Tensor.get(int[])", "accessor: returns one element as a float"),
            entry("Tensor.isReleased()", "inspection: whether its MemoryScope released it, no tensor result"),
            entry("Tensor.isVariable()", "accessor: returns a boolean"),
            entry("Tensor.toString()", "text for people: returns a String"),
            entry("Tensor.updateInPlace(Consumer)", "in-place update of a variable by an optimizer: returns nothing "
                    + "and is not recorded (not differentiable by design)"),
            entry("Tensor.assign(Tensor)", "in-place copy into a variable: returns nothing and is not recorded "
                    + "(not differentiable by design)"),
            // ops whose gradient is not the engine's
            entry("CustomGradient.apply(String, Function, BackwardRule, Tensor[])", "the caller's op with the "
                    + "caller's backward rule: the engine has no rule of its own to check (GradientCheckTest "
                    + "checks the checker through it)"));

    static Stream<Arguments> opsAndSeeds() {
        return CHECKS.keySet().stream().flatMap(op -> LongStream.rangeClosed(1, SEEDS).mapToObj(seed -> Arguments.of(op, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("opsAndSeeds")
    void gradientMatchesFiniteDifferences(String op, long seed) {
        CHECKS.get(op).run(new RandomTensors(seed));
    }

    @Test
    void everyPublicOpIsCheckedOrExcludedWithAReason() {
        String problems = PublicOps.coverageProblems(PublicOps.list(), CHECKS.keySet(), NOT_CHECKED);
        assertTrue(problems.isEmpty(), problems);
    }

    // ---------------------------------------------------------------- the checks

    private static int[] anyShape(RandomTensors rt) {
        return rt.shape(0, 4, 4);
    }

    private static int[] reducedShape(RandomTensors rt) {
        return rt.shape(1, 4, 4);
    }

    /** Operand shapes: equal, one broadcast against the other (both ways round), and with a scalar. */
    private static int[][][] binaryShapes(RandomTensors rt) {
        int[] full = rt.shape(1, 4, 4);
        int[] partner = rt.broadcastPartner(full);
        return new int[][][]{{full, full}, {full, partner}, {partner, full}, {full, new int[0]}};
    }

    private static void checkBinary(String op, BiFunction<Tensor, Tensor, Tensor> f, RandomTensors rt) {
        for (int[][] shapes : binaryShapes(rt)) {
            Tensor a = rt.uniform(shapes[0]);
            Tensor b = rt.uniform(shapes[1]);
            GradientCheck.check(op + " " + Arrays.toString(a.shape()) + " with " + Arrays.toString(b.shape()),
                    x -> f.apply(x[0], x[1]), rt.random(), a, b);
        }
    }

    private static void checkDivWithBroadcasting(RandomTensors rt) {
        for (int[][] shapes : binaryShapes(rt)) {
            // Denominators keep |b| >= 0.5: near 0 the quotient is too steep for a finite difference.
            Tensor b = rt.signed(0.5f, 2f, shapes[1]);
            GradientCheck.check("div " + Arrays.toString(shapes[0]) + " / " + Arrays.toString(shapes[1]),
                    x -> x[0].div(x[1]), Tolerance.STEEP, rt.random(), rt.uniform(shapes[0]), b);
        }
    }

    private static void checkWithConstant(String op, BiFunction<Tensor, Float, Tensor> f, float constant, RandomTensors rt) {
        GradientCheck.check(op + " " + constant, x -> f.apply(x[0], constant), Tolerance.STEEP, rt.random(),
                rt.uniform(anyShape(rt)));
    }

    private static void checkPow(RandomTensors rt) {
        int[] shape = anyShape(rt);
        GradientCheck.check("pow 2", x -> x[0].pow(2f), rt.random(), rt.uniform(shape));
        GradientCheck.check("pow 3", x -> x[0].pow(3f), Tolerance.STEEP, rt.random(), rt.uniform(shape));
        GradientCheck.check("pow 0.5", x -> x[0].pow(0.5f), Tolerance.STEEP, rt.random(), rt.uniform(0.5f, 2f, shape));
        GradientCheck.check("pow -1.5", x -> x[0].pow(-1.5f), Tolerance.STEEP, rt.random(), rt.uniform(0.5f, 2f, shape));
    }

    private static void checkAlongAxis(String op, BiFunction<Tensor, Integer, Tensor> f, RandomTensors rt) {
        int[] shape = rt.shape(1, 4, 5);
        int axis = rt.random().nextInt(2 * shape.length) - shape.length; // negative half the time
        GradientCheck.check(op + " axis " + axis + " of " + Arrays.toString(shape), x -> f.apply(x[0], axis), rt.random(),
                rt.uniform(-2f, 2f, shape));
    }

    interface AxisReduction {
        Tensor apply(Tensor t, int axis, boolean keepDims);
    }

    /** @param distinct whether the values must have no ties (max, min) */
    private static void checkReductionAlongAxis(String op, AxisReduction f, boolean distinct, RandomTensors rt) {
        int[] shape = reducedShape(rt);
        int axis = rt.random().nextInt(2 * shape.length) - shape.length;
        boolean keep = rt.random().nextBoolean();
        GradientCheck.check(op + " axis " + axis + " keepDims " + keep + " of " + Arrays.toString(shape),
                x -> f.apply(x[0], axis, keep), rt.random(), distinct ? rt.distinct(shape) : rt.uniform(shape));
    }

    private static void checkMatmulPlainAndBatchedWithBroadcastBatch(RandomTensors rt) {
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
    }

    private static void checkMatmulTransposed(RandomTensors rt) {
        int m = rt.dim(5);
        int k = rt.dim(5);
        int n = rt.dim(5);
        int batch = rt.dim(3);
        GradientCheck.check("matmul A·B", x -> x[0].matmul(x[1], false, false), rt.random(),
                rt.uniform(batch, m, k), rt.uniform(k, n));
        GradientCheck.check("matmul Aᵀ·B", x -> x[0].matmul(x[1], true, false), rt.random(),
                rt.uniform(batch, k, m), rt.uniform(k, n));
        GradientCheck.check("matmul A·Bᵀ", x -> x[0].matmul(x[1], false, true), rt.random(),
                rt.uniform(m, k), rt.uniform(batch, n, k));
        GradientCheck.check("matmul Aᵀ·Bᵀ", x -> x[0].matmul(x[1], true, true), rt.random(),
                rt.uniform(k, m), rt.uniform(n, k));
    }

    private static void checkTransposeOfTwoDimensions(RandomTensors rt) {
        int[] shape = rt.shape(2, 4, 4);
        int d0 = rt.random().nextInt(2 * shape.length) - shape.length;
        int d1 = rt.random().nextInt(shape.length);
        GradientCheck.check("transpose(" + d0 + ", " + d1 + ") of " + Arrays.toString(shape), x -> x[0].transpose(d0, d1),
                rt.random(), rt.uniform(shape));
    }

    private static void checkReshape(RandomTensors rt) {
        int[] shape = rt.shape(2, 4, 4);
        GradientCheck.check("reshape(-1)", x -> x[0].reshape(-1), rt.random(), rt.uniform(shape));
        GradientCheck.check("reshape(first, -1)", x -> x[0].reshape(shape[0], -1), rt.random(), rt.uniform(shape));
    }

    private static void checkBroadcastTo(RandomTensors rt) {
        int[] shape = rt.shape(2, 4, 4);
        int[] partner = rt.broadcastPartner(shape);
        GradientCheck.check("broadcastTo " + Arrays.toString(partner) + " -> " + Arrays.toString(shape),
                x -> x[0].broadcastTo(shape), rt.random(), rt.uniform(partner));
    }

    private static void checkConv2dWithStridePaddingAndBias(RandomTensors rt) {
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

    private static void checkMaxPool2d(RandomTensors rt) {
        int kernel = 1 + rt.dim(2);
        int stride = rt.dim(2);
        int[] shape = {rt.dim(2), rt.dim(2), kernel + rt.random().nextInt(4), kernel + rt.random().nextInt(4)};
        GradientCheck.check("maxPool2d k" + kernel + " s" + stride + " " + Arrays.toString(shape),
                x -> x[0].maxPool2d(kernel, stride), rt.random(), rt.distinct(shape));
    }

    private static void checkCrossEntropy(RandomTensors rt) {
        int batch = rt.dim(6);
        int classes = 1 + rt.dim(5);
        int[] targets = new int[batch];
        for (int b = 0; b < batch; b++) {
            targets[b] = rt.random().nextInt(classes);
        }
        GradientCheck.check("crossEntropy", x -> x[0].crossEntropy(targets), rt.random(), rt.uniform(-2f, 2f, batch, classes));
    }

    // ---------------------------------------------------------------- kernel paths and composites

    /** Products large enough for the packed (Vector API) kernel, with partial tiles, through the tape. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void matmulOnThePackedKernelPath(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        GradientCheck.check("matmul 23x37 · 37x41", x -> x[0].matmul(x[1]), rt.random(), rt.uniform(23, 37), rt.uniform(37, 41));
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
