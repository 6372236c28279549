package io.tenflowers.autograd.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MathKernel} with the Vector API's lane-wise transcendental operators, which C2 maps to
 * Intel's SVML short-vector math routines (accurate to ~1 ulp in f32). Measured here: 10k exps
 * in ~3.8 µs versus ~56 µs for a scalar {@code Math.exp} loop on JDK 17 (TOOLCHAIN.md).
 */
final class VectorMath implements MathKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int L = SPECIES.length();

    @Override
    public void exp(float[] x, float[] out) {
        int bound = SPECIES.loopBound(x.length);
        for (int i = 0; i < bound; i += L) {
            FloatVector.fromArray(SPECIES, x, i).lanewise(VectorOperators.EXP).intoArray(out, i);
        }
        for (int i = bound; i < x.length; i++) {
            out[i] = (float) Math.exp(x[i]);
        }
    }

    /** 1/(1+e^-x): for very negative x, e^-x overflows to +∞ and the quotient is the correct 0. */
    @Override
    public void sigmoid(float[] x, float[] out) {
        int bound = SPECIES.loopBound(x.length);
        FloatVector one = FloatVector.broadcast(SPECIES, 1f);
        for (int i = 0; i < bound; i += L) {
            FloatVector e = FloatVector.fromArray(SPECIES, x, i).neg().lanewise(VectorOperators.EXP);
            one.div(e.add(one)).intoArray(out, i);
        }
        for (int i = bound; i < x.length; i++) {
            out[i] = (float) (1.0 / (1.0 + Math.exp(-x[i])));
        }
    }

    @Override
    public void tanh(float[] x, float[] out) {
        int bound = SPECIES.loopBound(x.length);
        for (int i = 0; i < bound; i += L) {
            FloatVector.fromArray(SPECIES, x, i).lanewise(VectorOperators.TANH).intoArray(out, i);
        }
        for (int i = bound; i < x.length; i++) {
            out[i] = (float) Math.tanh(x[i]);
        }
    }

    @Override
    public void log(float[] x, float[] out) {
        int bound = SPECIES.loopBound(x.length);
        for (int i = 0; i < bound; i += L) {
            FloatVector.fromArray(SPECIES, x, i).lanewise(VectorOperators.LOG).intoArray(out, i);
        }
        for (int i = bound; i < x.length; i++) {
            out[i] = (float) Math.log(x[i]);
        }
    }

    @Override
    public void relu(float[] x, float[] out) {
        int bound = SPECIES.loopBound(x.length);
        for (int i = 0; i < bound; i += L) {
            FloatVector.fromArray(SPECIES, x, i).max(0f).intoArray(out, i);
        }
        for (int i = bound; i < x.length; i++) {
            out[i] = Math.max(x[i], 0f);
        }
    }

    @Override
    public void activationGrad(ActivationGradKernels.Kind kind, float[] g, float[] s, float[] out) {
        // One loop per kind: a switch inside the vector loop is compiled differently from run to
        // run (relu's measured throughput was bimodal, 80k or 140k ops/s per fork).
        switch (kind) {
            case RELU: reluGrad(g, s, out); break;
            case SIGMOID: sigmoidGrad(g, s, out); break;
            case TANH: tanhGrad(g, s, out); break;
            default: throw new AssertionError(kind);
        }
    }

    /**
     * g where s &gt; 0, else 0, selected with integer bit operations instead of a compare mask: C2
     * on JDK 17 sometimes leaves a mask boxed (measured: 30 kB more allocated per 10k elements and
     * half the throughput in some forks), while lane-wise integer ops always compile to registers.
     * With b the bits of s, s &gt; 0 exactly when b &gt; 0 as a signed int (s = -0.0 has b =
     * MIN_VALUE), i.e. when both -b and ~b have their sign bit set: ((-b &amp; ~b) &gt;&gt; 31) is then
     * all ones, else 0, and ANDing it with g's bits keeps g or gives +0.
     */
    private static void reluGrad(float[] g, float[] s, float[] out) {
        int bound = SPECIES.loopBound(s.length);
        boolean scalarG = g.length == 1;
        IntVector g0 = FloatVector.broadcast(SPECIES, g[0]).reinterpretAsInts();
        for (int i = 0; i < bound; i += L) {
            IntVector gv = scalarG ? g0 : FloatVector.fromArray(SPECIES, g, i).reinterpretAsInts();
            IntVector b = FloatVector.fromArray(SPECIES, s, i).reinterpretAsInts();
            IntVector keep = b.neg().and(b.not()).lanewise(VectorOperators.ASHR, 31);
            gv.and(keep).reinterpretAsFloats().intoArray(out, i);
        }
        for (int i = bound; i < s.length; i++) {
            out[i] = s[i] > 0f ? (scalarG ? g[0] : g[i]) : 0f;
        }
    }

    private static void sigmoidGrad(float[] g, float[] s, float[] out) {
        int bound = SPECIES.loopBound(s.length);
        boolean scalarG = g.length == 1;
        FloatVector g0 = FloatVector.broadcast(SPECIES, g[0]);
        FloatVector one = FloatVector.broadcast(SPECIES, 1f);
        for (int i = 0; i < bound; i += L) {
            FloatVector gv = scalarG ? g0 : FloatVector.fromArray(SPECIES, g, i);
            FloatVector sv = FloatVector.fromArray(SPECIES, s, i);
            gv.mul(sv).mul(one.sub(sv)).intoArray(out, i);
        }
        for (int i = bound; i < s.length; i++) {
            out[i] = (scalarG ? g[0] : g[i]) * s[i] * (1f - s[i]);
        }
    }

    private static void tanhGrad(float[] g, float[] s, float[] out) {
        int bound = SPECIES.loopBound(s.length);
        boolean scalarG = g.length == 1;
        FloatVector g0 = FloatVector.broadcast(SPECIES, g[0]);
        FloatVector one = FloatVector.broadcast(SPECIES, 1f);
        for (int i = 0; i < bound; i += L) {
            FloatVector gv = scalarG ? g0 : FloatVector.fromArray(SPECIES, g, i);
            FloatVector sv = FloatVector.fromArray(SPECIES, s, i);
            gv.mul(one.sub(sv.mul(sv))).intoArray(out, i);
        }
        for (int i = bound; i < s.length; i++) {
            out[i] = (scalarG ? g[0] : g[i]) * (1f - s[i] * s[i]);
        }
    }

    /**
     * Kahan-compensated in float vectors: two independent (sum, compensation) pairs, whose lanes
     * are combined in double at the end. The error is a few ulps of the result plus ~n/(2L)·ε² of
     * Σ|x| (as accurate as a double sum for the sizes we see; a running f32 sum loses digits the
     * gradient checks see). Only loads, adds and subtracts: widening to double (convertShape) was
     * measured to fall out of C2's intrinsics depending on the call context (boxed vectors: W5 at
     * 6.5k instead of 13.6k ops/s), and everything stays in one loop (vectors carried across nested
     * loops get boxed too). Java's strict FP keeps C2 from reassociating the compensation away.
     */
    @Override
    public double sum(float[] x, int from, int n) {
        FloatVector s0 = FloatVector.zero(SPECIES);
        FloatVector c0 = s0;
        FloatVector s1 = s0;
        FloatVector c1 = s0;
        int i = 0;
        for (; i + 2 * L <= n; i += 2 * L) {
            FloatVector y0 = FloatVector.fromArray(SPECIES, x, from + i).sub(c0);
            FloatVector y1 = FloatVector.fromArray(SPECIES, x, from + i + L).sub(c1);
            FloatVector t0 = s0.add(y0);
            FloatVector t1 = s1.add(y1);
            c0 = t0.sub(s0).sub(y0);
            c1 = t1.sub(s1).sub(y1);
            s0 = t0;
            s1 = t1;
        }
        float[] lanes = new float[4 * L];
        s0.intoArray(lanes, 0);
        c0.intoArray(lanes, L);
        s1.intoArray(lanes, 2 * L);
        c1.intoArray(lanes, 3 * L);
        double total = 0;
        for (int l = 0; l < L; l++) {
            total += ((double) lanes[l] - lanes[L + l]) + ((double) lanes[2 * L + l] - lanes[3 * L + l]);
        }
        for (; i < n; i++) {
            total += x[from + i];
        }
        return total;
    }

    /**
     * Two vector accumulators of lane-wise MAX (Java's {@code Math.max} semantics, NaN included):
     * the scalar loop is one dependent chain of {@code Math.max}, several cycles per element.
     */
    @Override
    public float max(float[] x, int from, int n) {
        FloatVector m0 = FloatVector.broadcast(SPECIES, Float.NEGATIVE_INFINITY);
        FloatVector m1 = m0;
        int i = 0;
        for (; i + 2 * L <= n; i += 2 * L) {
            m0 = m0.max(FloatVector.fromArray(SPECIES, x, from + i));
            m1 = m1.max(FloatVector.fromArray(SPECIES, x, from + i + L));
        }
        float m = m0.max(m1).reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            m = Math.max(m, x[from + i]);
        }
        return m;
    }

    /** As {@link #max}, with lane-wise MIN. */
    @Override
    public float min(float[] x, int from, int n) {
        FloatVector m0 = FloatVector.broadcast(SPECIES, Float.POSITIVE_INFINITY);
        FloatVector m1 = m0;
        int i = 0;
        for (; i + 2 * L <= n; i += 2 * L) {
            m0 = m0.min(FloatVector.fromArray(SPECIES, x, from + i));
            m1 = m1.min(FloatVector.fromArray(SPECIES, x, from + i + L));
        }
        float m = m0.min(m1).reduceLanes(VectorOperators.MIN);
        for (; i < n; i++) {
            m = Math.min(m, x[from + i]);
        }
        return m;
    }
}
