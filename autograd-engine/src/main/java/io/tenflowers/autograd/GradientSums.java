package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.ElementwiseKernels;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Sums the gradient contributions that reach one tensor during one backward pass, adding into a
 * sum in place when that is safe, so that a weight used by many ops (shared layers, unrolled loops)
 * gets one gradient array instead of one per use.
 *
 * <p>Why in place is safe: tensors are immutable to everyone who can see them, so a sum may only
 * be mutated while nobody but this object can see it. A sum is <em>owned</em> from the moment
 * {@link #add} allocates it until {@link #share} is called for it; while owned it is held only by
 * the backward loop's map of gradients, never by a backward rule, an outer tape or the caller.
 * So:
 * <ul>
 *   <li>only owned sums are ever added into; a contribution, and any tensor this object did not
 *       allocate (a rule's result, the caller's output gradient), is never mutated;</li>
 *   <li>the backward loop calls {@link #share} for a tensor's gradient as soon as all its
 *       contributions have arrived, before handing it to a rule (which may pass it on as an
 *       input's gradient or keep it); a sum still owned when the pass ends goes to the caller
 *       with this object discarded, so nothing can add into it any more;</li>
 *   <li>when another tape is open on the thread, nothing is owned: that tape records each sum as
 *       an op of the gradient computation (for higher-order gradients), and mutating a recorded
 *       tensor would corrupt it.</li>
 * </ul>
 * Not thread-safe: one instance per backward pass.
 */
final class GradientSums {
    /** Sums this object allocated that nobody else has seen yet; {@code null} when none may be mutated. */
    private final Set<Tensor> owned;

    /**
     * @param addInPlace whether sums may be added into at all: {@code false} when another tape
     *                   records the gradient computation
     */
    GradientSums(boolean addInPlace) {
        this.owned = addInPlace ? Collections.newSetFromMap(new IdentityHashMap<>(8)) : null;
    }

    /**
     * {@code previous + contribution}: into {@code previous} itself when it is an owned sum and
     * the contribution has its shape or is a single value; otherwise a new tensor, which is then
     * owned. Neither argument is mutated unless it is an owned sum.
     */
    Tensor add(Tensor previous, Tensor contribution) {
        if (owned != null && owned.contains(previous)
                && (contribution.size() == 1 || Arrays.equals(contribution.shape, previous.shape))) {
            ElementwiseKernels.addInPlace(previous.data(), contribution.data());
            return previous;
        }
        Tensor sum = previous.add(contribution);
        if (owned != null && sum != previous && sum != contribution) {
            owned.add(sum);
        }
        return sum;
    }

    /**
     * Declares that {@code gradient} is about to be seen outside this object (by a backward rule,
     * and through it possibly by the caller): if it is an owned sum, it is never added into again.
     */
    void share(Tensor gradient) {
        if (owned != null) {
            owned.remove(gradient);
        }
    }
}
