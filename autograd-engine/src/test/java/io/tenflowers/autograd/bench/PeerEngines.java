package io.tenflowers.autograd.bench;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * Opens the {@link PeerWorkloads} of an engine by its name, the value of {@link PeerEngine}'s
 * {@code engine} parameter: {@code tenflowers} (this engine) or {@code pytorch} (PyTorch through
 * DJL).
 *
 * <p>The PyTorch side is loaded by name: its classes and DJL (about 110 MB of native PyTorch)
 * exist only when the Maven profile {@code pytorch} is active, so that the default build never
 * downloads DJL. Without the profile {@code pytorch} is not even one of the parameter's values;
 * asked for anyway (e.g. JMH's {@code -p engine=pytorch} by hand), it fails here with a message
 * that names the profile.
 */
public final class PeerEngines {
    /** This engine. */
    public static final String TENFLOWERS = "tenflowers";
    /** PyTorch through DJL (Maven profile {@code pytorch}). */
    public static final String PYTORCH = "pytorch";
    /** Every engine name {@link #open} knows, whether or not its classes are present. */
    public static final List<String> NAMES = List.of(TENFLOWERS, PYTORCH);

    /** The PyTorch side's class, compiled only under the profile (src/test/engines-pytorch). */
    static final String PYTORCH_WORKLOADS = "io.tenflowers.autograd.bench.pytorch.PyTorchPeerWorkloads";

    /** How to get the PyTorch side, for messages. */
    public static final String HOW_TO_ENABLE_PYTORCH = "activate the Maven profile 'pytorch': -Ppytorch, "
            + "or -Dtenflowers.bench.category=pytorch (which activates it), or scripts/run_benchmarks.sh -c pytorch";

    private PeerEngines() {
    }

    /**
     * Builds the inputs ({@link PeerInputs#create()}) and the workloads of {@code engine}. (In a
     * benchmark run the configured backend has been checked before: by the benchmark group's own
     * {@link ConfiguredBackendState}, whose trial set-up JMH runs before {@link PeerEngine}'s.)
     *
     * @throws IllegalStateException    if {@code pytorch} is asked for without the profile, or if
     *                                  DJL/PyTorch cannot load (the message says why and how to
     *                                  run without it)
     * @throws IllegalArgumentException for a name not in {@link #NAMES}
     */
    public static PeerWorkloads open(String engine) {
        if (TENFLOWERS.equals(engine)) {
            return new TenflowersPeerWorkloads(PeerInputs.create());
        }
        if (PYTORCH.equals(engine)) {
            return openPyTorch(PeerInputs.create());
        }
        throw new IllegalArgumentException("PeerComparison: unknown engine '" + engine + "'; allowed: " + NAMES);
    }

    /** Whether the PyTorch side was compiled into this build (the profile was active). */
    public static boolean pyTorchPresent() {
        try {
            Class.forName(PYTORCH_WORKLOADS, false, PeerEngines.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static PeerWorkloads openPyTorch(PeerInputs inputs) {
        Class<?> type;
        try {
            type = Class.forName(PYTORCH_WORKLOADS);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("PeerComparison engine=pytorch: the PyTorch side (" + PYTORCH_WORKLOADS
                    + ") and DJL are not on the classpath; they are built only under the Maven profile 'pytorch'. To "
                    + HOW_TO_ENABLE_PYTORCH + ".", e);
        }
        try {
            return (PeerWorkloads) type.getConstructor(PeerInputs.class).newInstance(inputs);
        } catch (InvocationTargetException e) {
            // the constructor's own message (e.g. why DJL could not load) is the one to show
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("PeerComparison engine=pytorch: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("PeerComparison engine=pytorch: cannot construct " + PYTORCH_WORKLOADS
                    + "(PeerInputs): " + e, e);
        }
    }
}
