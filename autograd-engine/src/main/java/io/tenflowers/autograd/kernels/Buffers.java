package io.tenflowers.autograd.kernels;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where kernels get the arrays they return. Outside a memory frame (the kernel side of
 * {@code MemoryScope}) every call is a plain {@code new float[n]}, so the garbage collector owns
 * the result. Inside a frame opened on the calling thread, arrays of {@link #MIN_POOLED} floats or
 * more come from this thread's free lists when one of that exact length is there, and the frame
 * records them; {@link #closeFrame} hands every recorded array that is not kept back to the free
 * lists.
 *
 * <p>Why: a fresh array is fresh memory. The JVM zeroes it and the kernel then writes it, both
 * into cache lines that were not in any cache; a recycled array of the same length is usually
 * still in L1 or L2. For the element-wise workloads (a few 40 KB arrays per step) that is most of
 * the time a step takes.
 *
 * <p>{@link #uninitialized} is for kernels that write every element; with the system property
 * {@code tenflowers.memory.poison=true} (the engine's tests set it) arrays of every length are
 * pooled and a recycled one is filled with NaN first, so a kernel that reads what it did not write
 * shows up as NaN in a result.
 */
public final class Buffers {
    /**
     * Arrays shorter than this are always fresh: allocating them costs less than looking them up
     * (1 in poison mode, so that tests on small shapes recycle too).
     */
    public static final int MIN_POOLED;

    /** Most floats the free lists of one thread hold (64 MiB); arrays beyond it go to the garbage collector. */
    public static final long MAX_FREE_FLOATS = 16L << 20;

    private static final boolean POISON = Boolean.getBoolean("tenflowers.memory.poison");

    static {
        MIN_POOLED = POISON ? 1 : 256;
    }
    private static final AtomicInteger OPEN_FRAMES = new AtomicInteger();
    private static final ThreadLocal<ThreadBuffers> LOCAL = ThreadLocal.withInitial(ThreadBuffers::new);

    private Buffers() {
    }

    /** An array of {@code n} zeros. */
    public static float[] zeroed(int n) {
        float[] a = take(n);
        if (a == null) {
            return new float[n];
        }
        Arrays.fill(a, 0f);
        return a;
    }

    /** An array of {@code n} floats whose values are undefined: the caller must write every element. */
    public static float[] uninitialized(int n) {
        float[] a = take(n);
        if (a == null) {
            return new float[n];
        }
        if (POISON) {
            Arrays.fill(a, Float.NaN);
        }
        return a;
    }

    /** A recycled array of length n recorded by the innermost frame, or null for a fresh one. */
    private static float[] take(int n) {
        if (OPEN_FRAMES.get() == 0 || n < MIN_POOLED) {
            return null;
        }
        ThreadBuffers local = LOCAL.get();
        if (local.frames.isEmpty()) {
            return null;
        }
        float[] a = local.poll(n);
        local.frames.get(local.frames.size() - 1).owned.add(a == null ? (a = new float[n]) : a);
        return a;
    }

    /** Whether a frame is open on any thread: a single volatile read, the fast path of every op when none is. */
    public static boolean anyFrameOpen() {
        return OPEN_FRAMES.get() != 0;
    }

    /**
     * Opens a frame on the calling thread: arrays handed out on it are recorded by the frame opened
     * last of those still open.
     *
     * @return the frame, to pass to {@link #closeFrame}
     */
    public static Frame openFrame() {
        Frame frame = new Frame(Thread.currentThread());
        LOCAL.get().frames.add(frame);
        OPEN_FRAMES.incrementAndGet();
        return frame;
    }

    /**
     * Closes a frame of the calling thread (usually the last opened; an earlier one may close
     * first). Its arrays that are in {@code kept} pass to the frame opened before it that is still
     * open (or, with none, to the garbage collector); all others are released: they go to the free
     * lists (while those hold less than {@link #MAX_FREE_FLOATS}) and may be handed out again at once.
     *
     * @param kept arrays that must keep their values (compared by identity)
     * @return the released arrays, by identity: every tensor still holding one must be invalidated
     * @throws IllegalStateException if the frame is not open on this thread
     */
    public static Set<float[]> closeFrame(Frame frame, Set<float[]> kept) {
        ThreadBuffers local = LOCAL.get();
        int index = local.frames.indexOf(frame);
        if (index < 0) {
            throw new IllegalStateException("Buffers.closeFrame: the frame is not open on thread "
                    + Thread.currentThread().getName() + " (it belongs to " + frame.owner.getName() + ", or was closed)");
        }
        local.frames.remove(index);
        OPEN_FRAMES.decrementAndGet();
        Frame enclosing = index == 0 ? null : local.frames.get(index - 1);
        Set<float[]> released = Collections.newSetFromMap(new IdentityHashMap<>());
        for (float[] a : frame.owned) {
            if (kept.contains(a)) {
                if (enclosing != null) {
                    enclosing.owned.add(a);
                }
            } else {
                released.add(a);
            }
        }
        frame.owned.clear();
        for (float[] a : released) {
            local.offer(a);
        }
        return released;
    }

    /** The arrays handed out while a frame was the last opened on its thread. */
    public static final class Frame {
        private final Thread owner;
        private final ArrayList<float[]> owned = new ArrayList<>();

        private Frame(Thread owner) {
            this.owner = owner;
        }
    }

    /** Whether recycled arrays are NaN-filled and every length is pooled ({@code tenflowers.memory.poison=true}). */
    public static boolean poisoning() {
        return POISON;
    }

    /** How many floats this thread's free lists hold now (for tests and diagnostics). */
    public static long freeFloatsOnThisThread() {
        return LOCAL.get().freeFloats;
    }

    /** A thread's open frames (innermost last) and its free arrays by length. */
    private static final class ThreadBuffers {
        final ArrayList<Frame> frames = new ArrayList<>();
        final Map<Integer, ArrayDeque<float[]>> free = new HashMap<>();
        long freeFloats;

        float[] poll(int n) {
            ArrayDeque<float[]> list = free.get(n);
            float[] a = list == null ? null : list.pollLast();
            if (a != null) {
                freeFloats -= n;
            }
            return a;
        }

        void offer(float[] a) {
            if (freeFloats + a.length <= MAX_FREE_FLOATS) {
                // Last in, first out: the array released last is the likeliest still in cache.
                free.computeIfAbsent(a.length, k -> new ArrayDeque<>()).addLast(a);
                freeFloats += a.length;
            }
        }
    }
}
