package io.tenflowers.autograd.bench;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The rate at which one core retires f32 fused multiply-adds through the Vector API: the ceiling
 * the Performance page's "% of peak" figures are measured against (with the nominal rate, ports ×
 * lanes × 2 × clock, when that is known and larger).
 *
 * <p>{@link #CHAINS} independent accumulators each take one FMA per step, so no FMA waits for
 * another: to keep every FMA port busy the chains must number at least ports × latency (2 × 4 = 8
 * on current AMD and Intel cores). Twelve is the most C2 (JDK 17) keeps in registers here; a
 * probe with 24 chains ran at about half the rate, its accumulators spilled to the stack. Kept in
 * its own class so that loading the benchmark classes never needs the incubator module.
 */
final class FmaPeak {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    /** Independent FMA chains. */
    static final int CHAINS = 12;
    /** FMAs per chain in one call. */
    static final int STEPS = 4096;

    private FmaPeak() {
    }

    /** Floating-point operations of one {@link #run} call: 2 per lane per FMA. */
    static double flopPerCall() {
        return 2.0 * SPECIES.length() * CHAINS * STEPS;
    }

    /**
     * Runs {@link #STEPS} steps of {@code c ← c·x + y} on every chain and returns the sum of all
     * lanes (so the work cannot be discarded). {@code x} near 1 keeps values finite and normal.
     */
    static float run(float x, float y) {
        FloatVector a = FloatVector.broadcast(SPECIES, x);
        FloatVector b = FloatVector.broadcast(SPECIES, y);
        FloatVector c0 = b, c1 = b, c2 = b, c3 = b, c4 = b, c5 = b;
        FloatVector c6 = b, c7 = b, c8 = b, c9 = b, c10 = b, c11 = b;
        for (int i = 0; i < STEPS; i++) {
            c0 = c0.fma(a, b);
            c1 = c1.fma(a, b);
            c2 = c2.fma(a, b);
            c3 = c3.fma(a, b);
            c4 = c4.fma(a, b);
            c5 = c5.fma(a, b);
            c6 = c6.fma(a, b);
            c7 = c7.fma(a, b);
            c8 = c8.fma(a, b);
            c9 = c9.fma(a, b);
            c10 = c10.fma(a, b);
            c11 = c11.fma(a, b);
        }
        return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10).add(c11)
                .reduceLanes(VectorOperators.ADD);
    }
}
