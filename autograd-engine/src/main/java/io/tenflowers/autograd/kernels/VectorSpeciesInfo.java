package io.tenflowers.autograd.kernels;

import jdk.incubator.vector.FloatVector;

/** Describes the preferred vector species; loaded only on the vector path. */
final class VectorSpeciesInfo {
    private VectorSpeciesInfo() {
    }

    static String describe() {
        return "vector (" + FloatVector.SPECIES_PREFERRED.vectorBitSize() + "-bit, "
                + FloatVector.SPECIES_PREFERRED.length() + " lanes)";
    }
}
