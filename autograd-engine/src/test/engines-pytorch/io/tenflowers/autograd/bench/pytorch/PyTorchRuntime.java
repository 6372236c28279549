package io.tenflowers.autograd.bench.pytorch;

import ai.djl.engine.Engine;
import io.tenflowers.autograd.bench.PeerEngines;
import io.tenflowers.autograd.kernels.Parallelism;

/**
 * PyTorch through DJL, loaded once per JVM with this run's thread settings.
 *
 * <p>PyTorch reads its thread counts once, when DJL loads it, from the system properties
 * {@code ai.djl.pytorch.num_threads} (intra-op: the OpenMP/MKL pool of one op) and
 * {@code ai.djl.pytorch.num_interop_threads}. Unless set explicitly, both are set here to this
 * engine's thread count ({@link Parallelism#threads()}: 1, or every core under the
 * {@code parallel} config, which sets {@code tenflowers.threads=auto}), so that the two engines
 * always get the same cores. {@code ai.djl.offline} defaults to {@code true}: the native library
 * comes from the {@code pytorch-native-cpu} jar the profile puts on the classpath, never from a
 * download in the middle of a measurement.
 */
public final class PyTorchRuntime {
    /** DJL's PyTorch engine name. */
    public static final String ENGINE_NAME = "PyTorch";
    /** System property: PyTorch's intra-op threads. */
    public static final String NUM_THREADS = "ai.djl.pytorch.num_threads";
    /** System property: PyTorch's inter-op threads. */
    public static final String NUM_INTEROP_THREADS = "ai.djl.pytorch.num_interop_threads";
    /** System property: DJL never downloads when {@code true}. */
    public static final String OFFLINE = "ai.djl.offline";
    /** System property: slf4j-simple's level for DJL's log (stderr); {@code warn} unless set. */
    public static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private static Engine engine;

    private PyTorchRuntime() {
    }

    /**
     * The PyTorch engine, loaded on first use.
     *
     * @throws IllegalStateException if DJL cannot load PyTorch: the message says why, and how to
     *                               run the benchmarks without it
     */
    public static synchronized Engine engine() {
        if (engine == null) {
            configure();
            try {
                engine = Engine.getEngine(ENGINE_NAME);
            } catch (RuntimeException | LinkageError e) {
                throw new IllegalStateException(loadFailure(e), e);
            }
        }
        return engine;
    }

    /**
     * Sets the thread and offline properties that are not set explicitly. Call it before anything
     * touches DJL's {@link Engine} class: unless {@code ai.djl.offline} (or {@code OPT_OUT_TRACKING})
     * is set, its static initialiser "calls home" (EC2 metadata, usage tracking) over the network,
     * which has no place in a benchmark fork; the thread counts are read when PyTorch loads. DJL's log level
     * defaults to {@code warn}: its INFO lines (thread counts, which {@code PyTorchEnvironment}
     * records anyway) would land in every fork's output and amid the environment probe's lines.
     * (Not in Surefire's JVM: ArchUnit's JUnit engine starts SLF4J before any test runs, so the
     * tests show those lines.)
     */
    static synchronized void configure() {
        String threads = Integer.toString(Parallelism.threads());
        System.getProperties().putIfAbsent(NUM_THREADS, threads);
        System.getProperties().putIfAbsent(NUM_INTEROP_THREADS, threads);
        System.getProperties().putIfAbsent(OFFLINE, "true");
        System.getProperties().putIfAbsent(LOG_LEVEL, "warn");
    }

    /** Why DJL could not load PyTorch, and what to do. */
    static String loadFailure(Throwable e) {
        StringBuilder causes = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            causes.append(causes.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName()).append(": ")
                    .append(t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return "PeerComparison engine=pytorch: DJL could not load PyTorch (" + causes + "). "
                + "The profile 'pytorch' puts ai.djl.pytorch:pytorch-native-cpu (classifier linux-x86_64) and pytorch-jni "
                + "on the classpath, and DJL unpacks them into its cache (~/.djl.ai, or DJL_CACHE_DIR); with "
                + OFFLINE + "=" + System.getProperty(OFFLINE) + " it does not download. This JVM runs on "
                + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
                + " (only linux-x86_64 is provided). To run without PyTorch: leave the profile off (-c all and the "
                + "default build never include engine=pytorch), or exclude the suite: "
                + "-Dtenflowers.bench.excludes=PeerComparison. (To enable it elsewhere: "
                + PeerEngines.HOW_TO_ENABLE_PYTORCH + ".)";
    }
}
