package io.tenflowers.autograd;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tapes open on each thread, innermost last. Ops ask {@link #anyOpen()} first: when no tape is
 * open anywhere, that is a single volatile read and the op builds no backward closure at all.
 */
final class TapeStack {
    private static final AtomicInteger OPEN_TAPES = new AtomicInteger();
    private static final ThreadLocal<ArrayList<GradientTape>> STACK = ThreadLocal.withInitial(ArrayList::new);

    private TapeStack() {
    }

    static boolean anyOpen() {
        return OPEN_TAPES.get() != 0;
    }

    /** How many tapes are open on the calling thread. */
    static int openOnThisThread() {
        return STACK.get().size();
    }

    static void push(GradientTape tape) {
        STACK.get().add(tape);
        OPEN_TAPES.incrementAndGet();
    }

    static void remove(GradientTape tape) {
        ArrayList<GradientTape> tapes = STACK.get();
        for (int i = tapes.size() - 1; i >= 0; i--) {
            if (tapes.get(i) == tape) {
                tapes.remove(i);
                OPEN_TAPES.decrementAndGet();
                return;
            }
        }
    }

    /**
     * Offers an executed op to every tape open on this thread; each records it if one of the
     * inputs is watched by it (or computed from a watched tensor).
     *
     * @param saved arrays the rule keeps beyond the inputs and output (masks, indices), so that
     *              {@link GradientTape#retainedBytes()} can count them
     */
    static void record(String op, Tensor output, BackwardRule rule, Object[] saved, Tensor... inputs) {
        offer(op, output, rule, saved, false, inputs);
    }

    /**
     * Records an element-wise op, whose rule works as well with a gradient that merely broadcasts
     * to the output's shape (e.g. the scalar gradient of a sum): the tape then skips expanding it.
     */
    static void recordElementwise(String op, Tensor output, BackwardRule rule, Tensor... inputs) {
        offer(op, output, rule, null, true, inputs);
    }

    private static void offer(String op, Tensor output, BackwardRule rule, Object[] saved, boolean elementwise,
                              Tensor[] inputs) {
        ArrayList<GradientTape> tapes = STACK.get();
        for (int i = 0, n = tapes.size(); i < n; i++) {
            tapes.get(i).offer(op, output, rule, saved, elementwise, inputs);
        }
    }

    static void record(String op, Tensor output, BackwardRule rule, Tensor... inputs) {
        record(op, output, rule, null, inputs);
    }
}
