package io.tenflowers.autograd;

import io.tenflowers.autograd.GradientCheck.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Gradients computed inside an outer tape are differentiable: Hessian-vector products. */
class HigherOrderGradientTest {

    /** f(x) = Σx³ + (Σx)²: H = diag(6x) + 2·11ᵀ, so Hv = 6x⊙v + 2·Σv. */
    @Test
    void hessianVectorProductThroughNestedTapesMatchesTheAnalyticValue() {
        float[] x = {0.5f, -1.2f, 2.0f, 0.3f};
        float[] v = {1.0f, 0.5f, -2.0f, 3.0f};
        Tensor xt = Tensor.of(x, 4);
        Tensor vt = Tensor.of(v, 4);
        Tensor hv;
        try (GradientTape outer = new GradientTape()) {
            outer.watch(xt);
            Tensor gradientDotV;
            try (GradientTape inner = new GradientTape()) {
                inner.watch(xt);
                Tensor f = xt.pow(3f).sum().add(xt.sum().mul(xt.sum()));
                Tensor g = inner.gradient(f, xt).get(0);
                gradientDotV = g.mul(vt).sum();
            }
            hv = outer.gradient(gradientDotV, xt).get(0);
        }
        float sumV = 0;
        for (float value : v) {
            sumV += value;
        }
        float[] expected = new float[4];
        for (int i = 0; i < 4; i++) {
            expected[i] = 6 * x[i] * v[i] + 2 * sumV;
        }
        assertArrayEquals(expected, hv.toFloatArray(), 1e-4f);
    }

    /** f(x) = ½ xᵀAx with symmetric A: ∇f = Ax and Hv = Av, through matmul and transpose rules. */
    @Test
    void quadraticFormHessianIsTheMatrix() {
        Random random = new Random(7);
        Tensor m = Tensor.randomUniform(random, -1f, 1f, 5, 5);
        Tensor a = m.add(m.transpose());
        Tensor x = Tensor.randomUniform(random, -1f, 1f, 5, 1);
        Tensor v = Tensor.randomUniform(random, -1f, 1f, 5, 1);
        Tensor hv;
        try (GradientTape outer = new GradientTape()) {
            outer.watch(x);
            Tensor g;
            try (GradientTape inner = new GradientTape()) {
                inner.watch(x);
                Tensor f = x.transpose().matmul(a.matmul(x)).mul(0.5f).sum();
                g = inner.gradient(f, x).get(0);
            }
            assertArrayEquals(a.matmul(x).toFloatArray(), g.toFloatArray(), 1e-5f);
            hv = outer.gradient(g.mul(v).sum(), x).get(0);
        }
        assertArrayEquals(a.matmul(v).toFloatArray(), hv.toFloatArray(), 1e-5f);
    }

    /** Second derivative of a scalar function, d²/dx² tanh(x) = -2 tanh(x)(1 - tanh²(x)), via a persistent outer tape. */
    @Test
    void secondDerivativeOfTanh() {
        Tensor x = Tensor.of(new float[]{-1.5f, -0.2f, 0.4f, 1.1f}, 4);
        Tensor second;
        try (GradientTape outer = new GradientTape(true)) {
            outer.watch(x);
            Tensor first;
            try (GradientTape inner = new GradientTape()) {
                inner.watch(x);
                first = inner.gradient(x.tanh().sum(), x).get(0);
            }
            second = outer.gradient(first.sum(), x).get(0);
        }
        float[] expected = new float[4];
        float[] xs = x.toFloatArray();
        for (int i = 0; i < 4; i++) {
            double t = Math.tanh(xs[i]);
            expected[i] = (float) (-2 * t * (1 - t * t));
        }
        assertArrayEquals(expected, second.toFloatArray(), 1e-5f);
    }

    /**
     * Second-order gradient check of every op with a non-zero second derivative (and of the linear
     * ops whose backward rules are themselves ops, like matmul, conv2d's im2col and max-pooling's
     * gather): the gradient of x ↦ ⟨∇f(x), v⟩ against finite differences.
     */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void secondOrderGradientsOfEveryOpMatchFiniteDifferences(long seed) {
        RandomTensors rt = new RandomTensors(seed);
        Map<String, Object[]> cases = new java.util.LinkedHashMap<>();
        cases.put("mul", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].mul(x[1]), new Tensor[]{rt.uniform(3, 4), rt.uniform(4)}});
        cases.put("div", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].div(x[1]), new Tensor[]{rt.uniform(3, 4), rt.signed(0.7f, 2f, 3, 1)}});
        cases.put("exp", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].exp(), new Tensor[]{rt.uniform(5)}});
        cases.put("log", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].log(), new Tensor[]{rt.uniform(0.7f, 2f, 5)}});
        cases.put("sqrt", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].sqrt(), new Tensor[]{rt.uniform(0.7f, 2f, 5)}});
        cases.put("pow", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].pow(3f), new Tensor[]{rt.uniform(5)}});
        cases.put("sigmoid", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].sigmoid(), new Tensor[]{rt.uniform(2, 3)}});
        cases.put("tanh", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].tanh(), new Tensor[]{rt.uniform(2, 3)}});
        cases.put("softmax", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].softmax(-1), new Tensor[]{rt.uniform(2, 4)}});
        cases.put("logSoftmax", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].logSoftmax(0), new Tensor[]{rt.uniform(3, 2)}});
        cases.put("matmul", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].matmul(x[1]).tanh(), new Tensor[]{rt.uniform(2, 3), rt.uniform(3, 2)}});
        cases.put("sum/mean/broadcast", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].sum(0, true).mul(x[0].mean(1, true)).exp(), new Tensor[]{rt.uniform(3, 2)}});
        cases.put("max", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].max(1, false).mul(x[0].min()), new Tensor[]{rt.distinct(3, 3)}});
        cases.put("conv2d", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].conv2d(x[1], x[2], 1, 1).tanh(),
                new Tensor[]{rt.uniform(1, 2, 4, 4), rt.uniform(2, 2, 3, 3), rt.uniform(2)}});
        cases.put("conv2d wide", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].conv2d(x[1], null, 1, 1).tanh(),
                new Tensor[]{rt.uniform(1, 1, 3, 18), rt.uniform(5, 1, 3, 3)}});
        cases.put("maxPool2d", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].maxPool2d(2, 2).pow(2f), new Tensor[]{rt.distinct(1, 2, 4, 4)}});
        cases.put("crossEntropy", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].crossEntropy(new int[]{1, 0, 2}), new Tensor[]{rt.uniform(3, 3)}});
        cases.put("transpose/reshape", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].transpose().reshape(-1).pow(3f), new Tensor[]{rt.uniform(2, 3)}});
        cases.put("abs/relu/neg/sub", new Object[]{(Function<Tensor[], Tensor>) x -> x[0].abs().mul(x[0]).relu().sub(x[0].neg().pow(2f)),
                new Tensor[]{rt.awayFromZero(6)}});
        for (Map.Entry<String, Object[]> e : cases.entrySet()) {
            @SuppressWarnings("unchecked")
            Function<Tensor[], Tensor> f = (Function<Tensor[], Tensor>) e.getValue()[0];
            Tensor[] inputs = (Tensor[]) e.getValue()[1];
            GradientCheck.check("second order of " + e.getKey(), GradientCheck.directionalGradient(f, inputs, rt.random()),
                    Tolerance.SECOND_ORDER, rt.random(), inputs);
        }
    }

    /** The inner tape's gradient is recorded by the outer tape only: the inner tape never records its own backward. */
    @Test
    void aTapeDoesNotRecordItsOwnGradientComputation() {
        Tensor x = Tensor.of(new float[]{1, 2, 3}, 3);
        try (GradientTape tape = new GradientTape(true)) {
            tape.watch(x);
            Tensor y = x.exp().sum();
            int before = tape.recordedOps();
            List<Tensor> g = tape.gradient(y, x);
            assertArrayEquals(new int[]{before}, new int[]{tape.recordedOps()});
            assertArrayEquals(x.exp().toFloatArray(), g.get(0).toFloatArray(), 1e-5f);
        }
    }
}
