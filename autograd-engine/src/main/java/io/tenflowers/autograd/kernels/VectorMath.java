package io.tenflowers.autograd.kernels;

import jdk.incubator.vector.FloatVector;
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
}
