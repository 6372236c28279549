package io.tenflowers.autograd.kernels;

import jdk.incubator.vector.FloatVector;

/** Describes the preferred vector species; loaded only on the vector path. */
final class VectorSpeciesInfo {
    private VectorSpeciesInfo() {
    }

    static String describe() {
        return "vector (" + bits() + "-bit, " + floatLanes() + " lanes)";
    }

    static int bits() {
        return FloatVector.SPECIES_PREFERRED.vectorBitSize();
    }

    static int floatLanes() {
        return FloatVector.SPECIES_PREFERRED.length();
    }
}
