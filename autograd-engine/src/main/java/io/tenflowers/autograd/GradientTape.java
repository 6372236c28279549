package io.tenflowers.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Collections;

import io.tenflowers.autograd.kernels.Shapes;

/**
 * Records the ops executed on this thread while it is open, and computes gradients from them by
 * reverse-mode differentiation, in the manner of TensorFlow's {@code tf.GradientTape}.
 *
 * <pre>{@code
 * try (GradientTape tape = new GradientTape()) {
 *     tape.watch(x);
 *     Tensor y = x.mul(x).sum();
 *     Tensor dx = tape.gradient(y, x).get(0);   // 2·x
 * }
 * }</pre>
 *
 * <ul>
 *   <li>An op is recorded when one of its inputs is watched ({@link #watch}, or a
 *       {@link Tensor#variable variable}) or was computed by a recorded op.</li>
 *   <li>A tape is confined to the thread that created it; using it from another thread is an
 *       {@link IllegalStateException}.</li>
 *   <li>A tape never records its own gradient computation, but every other open tape does: a
 *       gradient computed inside an outer tape can be differentiated again (Hessian-vector
 *       products).</li>
 *   <li>A non-persistent tape computes gradients once and then releases what it holds;
 *       {@code new GradientTape(true)} may be asked any number of times.</li>
 *   <li>{@link #gradient} may be called inside the try block or after {@link #close()}.</li>
 * </ul>
 */
public final class GradientTape implements AutoCloseable {
    private final boolean persistent;
    private final Thread owner;
    /** Tensors whose gradient this tape can compute: watched ones and outputs of recorded ops. */
    // Sized for small graphs (IdentityHashMap's default table is 64 slots, allocated and cleared
    // per tape): the per-op overhead of a tape is what small-tensor workloads measure.
    private final Set<Tensor> tracked = Collections.newSetFromMap(new IdentityHashMap<>(8));
    private final ArrayList<Record> records = new ArrayList<>();
    private boolean open = true;
    private boolean computingGradient;
    private boolean used;

    /** A single-use tape: one call of {@link #gradient}. */
    public GradientTape() {
        this(false);
    }

    /** @param persistent whether {@link #gradient} may be called more than once */
    public GradientTape(boolean persistent) {
        this.persistent = persistent;
        this.owner = Thread.currentThread();
        TapeStack.push(this);
    }

    /** Whether {@link #gradient} may be called more than once. */
    public boolean isPersistent() {
        return persistent;
    }

    /**
     * Makes the tape record the ops that use {@code tensors}, so that gradients w.r.t. them can be taken.
     *
     * @throws IllegalArgumentException if the array or one of its tensors is {@code null}; then
     *                                  none of them is watched
     */
    public void watch(Tensor... tensors) {
        checkUsable("watch");
        if (tensors == null) {
            throw new IllegalArgumentException("watch: tensors (the array) is null; pass the tensors to watch, "
                    + "e.g. tape.watch(x, w), or a non-null array");
        }
        for (int i = 0; i < tensors.length; i++) {
            if (tensors[i] == null) {
                throw new IllegalArgumentException("watch: tensor #" + i + " of " + tensors.length + " is null; pass "
                        + "only tensors that exist (create them first, e.g. with Tensor.of or Tensor.variable)");
            }
        }
        Collections.addAll(tracked, tensors);
    }

    /** Gradients of the scalar {@code target} with respect to each source, in order and in the sources' shapes. */
    public List<Tensor> gradient(Tensor target, Tensor... sources) {
        return gradient(target, (Tensor) null, sources);
    }

    /** As {@link #gradient(Tensor, Tensor...)}, for a list of sources (e.g. a model's parameters). */
    public List<Tensor> gradient(Tensor target, List<Tensor> sources) {
        return gradient(target, (Tensor) null, sources);
    }

    /**
     * As {@link #gradient(Tensor, Tensor, Tensor[])}, for a list of sources. (Java cannot overload
     * {@code gradient(target, sources...)} with a varargs {@code gradient(target, outputGradient,
     * sources...)}: {@code gradient(y, x)} would match both. So the output-gradient form takes its
     * sources as a list or an explicit array: {@code tape.gradient(y, dy, List.of(x))}.)
     */
    public List<Tensor> gradient(Tensor target, Tensor outputGradient, List<Tensor> sources) {
        if (sources == null) {
            throw new IllegalArgumentException("gradient: sources is null");
        }
        return gradient(target, outputGradient, sources.toArray(new Tensor[0]));
    }

    /**
     * Gradients of {@code Σ outputGradient ⊙ target} with respect to each source: the
     * vector-Jacobian product. {@code outputGradient} has the target's shape; {@code null} means 1
     * and is allowed only for a scalar target.
     *
     * <p>A watched source the target does not depend on gets zeros. A source this tape never
     * watched (and not a variable) is an error: a forgotten {@code watch} must not pass silently.
     */
    public List<Tensor> gradient(Tensor target, Tensor outputGradient, Tensor[] sources) {
        checkUsable("gradient");
        if (sources == null) {
            throw new IllegalArgumentException("gradient: sources is null");
        }
        if (target == null) {
            throw new IllegalArgumentException("gradient: target is null");
        }
        Tensor seed = seedGradient(target, outputGradient);
        for (int i = 0; i < sources.length; i++) {
            Tensor source = sources[i];
            if (source == null) {
                throw new IllegalArgumentException("gradient: source #" + i + " is null");
            }
            if (!isTracked(source)) {
                throw new IllegalArgumentException("gradient: source #" + i + " (shape "
                        + Arrays.toString(source.shape) + ") was never watched by this tape; call "
                        + "tape.watch(tensor) before computing with it, or create it with Tensor.variable(...)");
            }
        }
        IdentityHashMap<Tensor, Tensor> gradients;
        computingGradient = true;
        try {
            gradients = backpropagate(target, seed);
        } finally {
            computingGradient = false;
        }
        List<Tensor> result = new ArrayList<>(sources.length);
        // A uniform gradient shared by several sources (a + b under a sum) is expanded once:
        // tensors are immutable, so the sources may share the expansion.
        Tensor[] raw = new Tensor[sources.length];
        for (int i = 0; i < sources.length; i++) {
            Tensor source = sources[i];
            Tensor g = gradients.get(source);
            raw[i] = g;
            if (g == null) {
                result.add(Tensor.zeros(source.shape));
                continue;
            }
            result.add(sharedExpansion(g, source.shape, raw, result, i));
        }
        if (!persistent) {
            used = true;
            records.clear();
            tracked.clear();
        }
        return result;
    }

    private static Tensor seedGradient(Tensor target, Tensor outputGradient) {
        if (outputGradient == null) {
            if (target.size() != 1 || target.rank() != 0) {
                throw new IllegalArgumentException("gradient: target has shape " + Arrays.toString(target.shape)
                        + " but is not a scalar; reduce it (e.g. target.sum()) or pass an output gradient of that shape"
                        + " with gradient(target, outputGradient, sources...)");
            }
            return Tensor.scalar(1f);
        }
        if (!Arrays.equals(outputGradient.shape, target.shape)) {
            throw new IllegalArgumentException("gradient: output gradient has shape "
                    + Arrays.toString(outputGradient.shape) + " but the target has shape " + Arrays.toString(target.shape));
        }
        return outputGradient;
    }

    /** One reverse pass over the records (already in topological order), summing into each input. */
    private IdentityHashMap<Tensor, Tensor> backpropagate(Tensor target, Tensor seed) {
        IdentityHashMap<Tensor, Tensor> gradients = new IdentityHashMap<>(records.size() + 1);
        gradients.put(target, seed);
        // Made at the first sum: most graphs have none, and small-tensor workloads measure this.
        GradientSums sums = null;
        for (int r = records.size() - 1; r >= 0; r--) {
            Record record = records.get(r);
            Tensor g = gradients.get(record.output);
            if (g == null) {
                continue;
            }
            if (sums != null) {
                // Every contribution to this output has arrived (records run in reverse order);
                // from here on the rule may hand g on as some input's gradient, so it is shared.
                sums.share(g);
            }
            if (!record.elementwise) {
                g = expand(g, record.output.shape);
            }
            Tensor[] inputs = record.inputs;
            boolean[] needs = new boolean[inputs.length];
            boolean any = false;
            for (int i = 0; i < inputs.length; i++) {
                needs[i] = isTracked(inputs[i]);
                any |= needs[i];
            }
            if (!any) {
                continue;
            }
            Tensor[] inputGradients = record.backward(g, needs);
            for (int i = 0; i < inputs.length; i++) {
                Tensor gi = inputGradients[i];
                if (!needs[i] || gi == null) {
                    continue;
                }
                gi = record.elementwise
                        ? reduceElementwise(gi, record.output.shape, inputs[i].shape)
                        : reduceToShape(record, i, gi);
                Tensor previous = gradients.get(inputs[i]);
                if (previous == null) {
                    gradients.put(inputs[i], gi);
                    continue;
                }
                if (sums == null) {
                    // In place only when no other tape is open on this thread: an outer tape
                    // records the sums for higher-order gradients.
                    sums = new GradientSums(TapeStack.openOnThisThread() == 1);
                }
                gradients.put(inputs[i], sums.add(previous, gi));
            }
        }
        return gradients;
    }

    /**
     * Brings a rule's gradient to a form valid for an input of {@code shape}: summed down where the
     * forward broadcast the input (the one place broadcasting is undone). A gradient that itself
     * broadcasts to the input's shape (a sum's gradient is one value repeated) is kept small; it
     * is expanded only for a rule that needs the full shape, and for the caller.
     */
    private static Tensor reduceToShape(Record record, int input, Tensor gradient) {
        int[] shape = record.inputs[input].shape;
        if (Arrays.equals(gradient.shape, shape) || Shapes.broadcastsTo(gradient.shape, shape)) {
            return gradient;
        }
        if (Shapes.broadcastsTo(shape, gradient.shape)) {
            return ShapeOps.sumTo(gradient, shape);
        }
        int[] common = Shapes.broadcast(gradient.shape, shape);
        if (common == null) {
            throw new IllegalStateException("gradient: the backward rule of op '" + record.op + "' returned a "
                    + "gradient of shape " + Arrays.toString(gradient.shape) + " for input #" + input + " of shape "
                    + Arrays.toString(shape) + " (" + record.describeShapes() + "); a rule must return each input's "
                    + "gradient in that input's shape (or in a shape that broadcasts with it: the tape sums over "
                    + "broadcast dimensions)");
        }
        return ShapeOps.sumTo(gradient.broadcastTo(common), shape);
    }

    /**
     * For an element-wise op, a rule's gradient stands for a gradient of the op's output shape
     * (it may be smaller only because it is uniform along some dimensions). Summed to an input the
     * op broadcast; kept small otherwise; a single value summed over k repeats is just k times it.
     */
    private static Tensor reduceElementwise(Tensor gradient, int[] outputShape, int[] inputShape) {
        if (Arrays.equals(outputShape, inputShape)) {
            return gradient;
        }
        if (Arrays.equals(gradient.shape, outputShape)) {
            return ShapeOps.sumTo(gradient, inputShape);
        }
        if (gradient.size() == 1) {
            return gradient.reshape().mul((float) Shapes.size(outputShape) / Math.max(1, Shapes.size(inputShape)));
        }
        return ShapeOps.sumTo(gradient.broadcastTo(outputShape), inputShape);
    }

    /**
     * The expansion of {@code g} to {@code shape}, reusing one made for an earlier source with the
     * same raw gradient and shape (a linear scan: sources are few, and a map per call cost more).
     */
    private static Tensor sharedExpansion(Tensor g, int[] shape, Tensor[] raw, List<Tensor> done, int count) {
        for (int j = 0; j < count; j++) {
            if (raw[j] == g && Arrays.equals(done.get(j).shape, shape)) {
                return done.get(j);
            }
        }
        return expand(g, shape);
    }

    private static Tensor expand(Tensor gradient, int[] shape) {
        return Arrays.equals(gradient.shape, shape) ? gradient : gradient.broadcastTo(shape);
    }

    /**
     * Bytes of the distinct arrays this tape keeps alive for backward: the inputs and outputs of
     * every recorded op and whatever the rules saved (masks, indices). Counted from the arrays
     * themselves, each once, so shared data is not double-counted.
     */
    public long retainedBytes() {
        checkThread("retainedBytes");
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        long bytes = 0;
        for (Record record : records) {
            bytes += record.output.countBytes(seen);
            for (Tensor input : record.inputs) {
                bytes += input.countBytes(seen);
            }
            if (record.saved != null) {
                for (Object o : record.saved) {
                    bytes += arrayBytes(o, seen);
                }
            }
        }
        return bytes;
    }

    /** Number of ops recorded so far. */
    public int recordedOps() {
        return records.size();
    }

    private static long arrayBytes(Object o, Set<Object> seen) {
        if (o instanceof Tensor) {
            return ((Tensor) o).countBytes(seen);
        }
        if (o == null || !seen.add(o)) {
            return 0;
        }
        if (o instanceof float[]) {
            return 4L * ((float[]) o).length;
        }
        if (o instanceof int[]) {
            return 4L * ((int[]) o).length;
        }
        return 0;
    }

    /** Stops recording. Gradients can still be computed afterwards. */
    @Override
    public void close() {
        checkThread("close");
        if (open) {
            open = false;
            TapeStack.remove(this);
        }
    }

    // Called by TapeStack for every op executed on this thread while the tape is open.
    void offer(String op, Tensor output, BackwardRule rule, Object[] saved, boolean elementwise, Tensor[] inputs) {
        if (computingGradient || used) {
            return;
        }
        for (Tensor input : inputs) {
            if (isTracked(input)) {
                records.add(new Record(op, output, rule, saved, elementwise, inputs));
                tracked.add(output);
                return;
            }
        }
    }

    private boolean isTracked(Tensor t) {
        return t.isVariable() || tracked.contains(t);
    }

    private void checkUsable(String method) {
        checkThread(method);
        if (used) {
            throw new IllegalStateException("GradientTape." + method + ": this non-persistent tape has already "
                    + "computed its gradient and released its records; create it with new GradientTape(true) "
                    + "to call gradient() more than once");
        }
    }

    private void checkThread(String method) {
        Thread current = Thread.currentThread();
        if (current != owner) {
            throw new IllegalStateException("GradientTape." + method + ": a tape is confined to the thread that "
                    + "created it ('" + owner.getName() + "') but was used from '" + current.getName()
                    + "'; create one tape per thread");
        }
    }

    /** One executed op: what backward needs to send its output's gradient to its inputs. */
    private static final class Record {
        final String op;
        final Tensor output;
        final BackwardRule rule;
        final Object[] saved;
        /** The rule accepts a gradient that only broadcasts to the output's shape. */
        final boolean elementwise;
        final Tensor[] inputs;

        Record(String op, Tensor output, BackwardRule rule, Object[] saved, boolean elementwise, Tensor[] inputs) {
            this.op = op;
            this.output = output;
            this.rule = rule;
            this.saved = saved;
            this.elementwise = elementwise;
            this.inputs = inputs;
        }

        /** The rule's gradients, one per input; a loud error for a missing rule or a wrong count. */
        Tensor[] backward(Tensor gradient, boolean[] needs) {
            if (rule == null) {
                throw new IllegalStateException("gradient: op '" + op + "' (" + describeShapes() + ") has no "
                        + "gradient rule, so no gradient can flow back through it to its inputs; give it one (the "
                        + "backward argument of CustomGradient.apply), or keep it off the path from the sources to "
                        + "the target (apply it to tensors that are not watched)");
            }
            Tensor[] gradients = rule.backward(gradient, needs);
            if (gradients == null || gradients.length != inputs.length) {
                String returned = gradients == null ? "null"
                        : gradients.length + (gradients.length == 1 ? " gradient" : " gradients");
                throw new IllegalStateException("gradient: the backward rule of op '" + op + "' (" + describeShapes()
                        + ") returned " + returned + " for " + inputs.length + " inputs; a rule must return one "
                        + "gradient per input, in input order (null for an input whose needsGradient is false)");
            }
            return gradients;
        }

        /** "inputs [2, 3], [3] -> output [2, 3]", for messages. */
        String describeShapes() {
            StringBuilder sb = new StringBuilder(inputs.length == 1 ? "input " : "inputs ");
            for (int i = 0; i < inputs.length; i++) {
                sb.append(i > 0 ? ", " : "").append(Arrays.toString(inputs[i].shape));
            }
            return sb.append(" -> output ").append(Arrays.toString(output.shape)).toString();
        }
    }
}
