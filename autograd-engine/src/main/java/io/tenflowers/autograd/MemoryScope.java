package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.Buffers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A region of a loop body whose tensors give their memory back when it closes, so the next
 * iteration reuses arrays that are still in cache instead of fresh ones:
 *
 * <pre>{@code
 * for (int step = 0; step < steps; step++) {
 *     try (MemoryScope scope = MemoryScope.open();
 *          GradientTape tape = new GradientTape()) {
 *         Tensor loss = model.forward(x).crossEntropy(targets);
 *         optimizer.step(model.parameters(), tape.gradient(loss, model.parameters()));
 *         lastLoss = scope.keep(loss);          // outlives the scope
 *     }
 * }
 * }</pre>
 *
 * <p>Every tensor an op creates on this thread while the scope is open belongs to it. When the
 * scope closes, the arrays its ops produced return to a per-thread pool and every tensor holding
 * one is <em>released</em>: using it afterwards throws {@link IllegalStateException} naming the
 * fix, never reads values that now belong to another tensor. {@link #keep} exempts a tensor (and
 * the views sharing its array): it then belongs to the enclosing scope, or to the garbage collector
 * when there is none. Tensors created before the scope opened, variables, and tensors copied from
 * user arrays ({@link Tensor#of}) are never released; an optimizer's update of a variable is safe
 * inside a scope.
 *
 * <p>Why a scope and not the garbage collector: PyTorch frees an intermediate the moment its last
 * reference goes (reference counting) and hands the block to the next op of that size. Java cannot
 * know when a tensor becomes unreachable, so the caller says so, as with ND4J's workspaces or DJL's
 * {@code NDManager}. Without a scope nothing changes: every op gets a fresh array.
 *
 * <p>Everything created while a scope is open is held until it closes: open one per iteration, not
 * one around a whole loop.
 *
 * <p>Scopes nest and belong to the thread that opened them: a tensor belongs to the scope opened
 * last of those open on its thread. Scopes usually close innermost first (as try-with-resources
 * does), but need not. Arrays shorter than {@link Buffers#MIN_POOLED} floats are not pooled.
 */
public final class MemoryScope implements AutoCloseable {
    private static final ThreadLocal<ArrayList<MemoryScope>> STACK = ThreadLocal.withInitial(ArrayList::new);

    private final Thread owner = Thread.currentThread();
    private final Buffers.Frame frame;
    private final ArrayList<Tensor> tensors = new ArrayList<>();
    private final Set<Tensor> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean closed;

    private MemoryScope(Buffers.Frame frame) {
        this.frame = frame;
    }

    /** Opens a scope on the calling thread, inside any scope already open there. */
    public static MemoryScope open() {
        MemoryScope scope = new MemoryScope(Buffers.openFrame());
        STACK.get().add(scope);
        return scope;
    }

    /**
     * Lets {@code tensor} outlive this scope: it and the views sharing its array keep their values
     * after {@link #close()}, and belong to the enclosing scope (or to no scope) from then on.
     *
     * @return {@code tensor}, for chaining
     * @throws IllegalStateException if this scope is closed or {@code tensor} was already released
     */
    public Tensor keep(Tensor tensor) {
        if (tensor == null) {
            throw new IllegalArgumentException("MemoryScope.keep: tensor is null; pass the tensor to keep past the scope");
        }
        if (closed) {
            throw new IllegalStateException("MemoryScope.keep: this scope is closed, so its tensors are released already; "
                    + "call keep(...) before the scope closes");
        }
        tensor.data();
        kept.add(tensor);
        return tensor;
    }

    /** Whether a scope is open on the calling thread. */
    public static boolean isOpenOnThisThread() {
        return Buffers.anyFrameOpen() && !STACK.get().isEmpty();
    }

    /** Records a tensor created on this thread with the innermost open scope (a volatile read when none is open anywhere). */
    static void track(Tensor tensor) {
        // Every scope opens one frame, so the frames' count says whether any scope is open.
        if (!Buffers.anyFrameOpen()) {
            return;
        }
        ArrayList<MemoryScope> scopes = STACK.get();
        if (!scopes.isEmpty()) {
            scopes.get(scopes.size() - 1).tensors.add(tensor);
        }
    }

    /**
     * Releases this scope's tensors and returns their arrays to the pool (see the class comment).
     * A scope may close before scopes opened after it (two independent loops on one thread): tensors
     * of those that view this scope's arrays are released with them. Closing a closed scope does
     * nothing.
     *
     * @throws IllegalStateException if called from a thread other than the one that opened it
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("MemoryScope.close: the scope belongs to thread " + owner.getName()
                    + "; close it on that thread");
        }
        closed = true;
        ArrayList<MemoryScope> scopes = STACK.get();
        int index = scopes.indexOf(this);
        scopes.remove(index);
        Set<float[]> keptArrays = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Tensor t : kept) {
            keptArrays.add(t.data());
        }
        Set<float[]> released = Buffers.closeFrame(frame, keptArrays);
        MemoryScope enclosing = index == 0 ? null : scopes.get(index - 1);
        for (Tensor t : tensors) {
            if (t.isReleased()) {
                continue;
            }
            if (released.contains(t.data())) {
                t.release();
            } else if (enclosing != null) {
                // Its array belongs to an enclosing scope (or it was kept): that scope decides.
                enclosing.tensors.add(t);
            }
        }
        // Scopes opened after this one and still open may hold views of its arrays.
        for (int later = index; later < scopes.size(); later++) {
            for (Tensor t : scopes.get(later).tensors) {
                if (!t.isReleased() && released.contains(t.data())) {
                    t.release();
                }
            }
        }
        tensors.clear();
        kept.clear();
    }
}
