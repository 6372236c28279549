package io.tenflowers.autograd.kernels;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chooses, once per JVM, between the Vector API kernels and the portable scalar ones.
 *
 * <p>The Vector API lives in the incubator module {@code jdk.incubator.vector}, which a JVM
 * resolves only when started with {@code --add-modules jdk.incubator.vector}; without it, any
 * class that touches the API fails with {@code NoClassDefFoundError}. So the vector classes are
 * loaded reflectively, and only when the module is in the boot layer. {@code -Dtenflowers.simd=false}
 * forces the scalar kernels (to compare the two, or to rule the vector path out when debugging).
 *
 * <p>The chosen implementations sit in static final fields: C2 sees a single receiver class and
 * inlines through the interface, so the indirection costs nothing in hot loops.
 */
public final class KernelBackend {
    private static final boolean VECTOR = vectorApiUsable();
    static final GemmKernel GEMM = VECTOR ? instantiate("VectorGemm", GemmKernel.class) : new ScalarGemm();
    static final MathKernel MATH = VECTOR ? instantiate("VectorMath", MathKernel.class) : new ScalarMath();
    /** Direct stride-1 convolution; absent on the scalar backend, which convolves through im2col. */
    static final DirectConvolutionKernel CONV = VECTOR
            ? instantiate("VectorConvolution", DirectConvolutionKernel.class) : null;

    private KernelBackend() {
    }

    /** Whether the Vector API kernels are in use. */
    public static boolean isVectorized() {
        return VECTOR;
    }

    /** Bits of the preferred vector species the kernels use, or 0 on the scalar backend. */
    public static int vectorBits() {
        return VECTOR ? VectorInfo.get("bits", 0) : 0;
    }

    /** f32 lanes of the preferred vector species the kernels use, or 0 on the scalar backend. */
    public static int vectorFloatLanes() {
        return VECTOR ? VectorInfo.get("floatLanes", 0) : 0;
    }

    /**
     * The chosen GEMM's blocking parameters by lower-case name, in a fixed order (a copy): for the
     * vector kernel {@code mr, nr} (the register tile of C), {@code kc, mc, nc} (packed panels),
     * {@code direct_a_floats}; for the scalar one {@code k_block, n_block}.
     */
    public static Map<String, Integer> gemmBlocking() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(GEMM.blocking()));
    }

    /**
     * The cache sizes the GEMM's blocking was derived from, and where they were read
     * ({@link CacheSizes#detect()}).
     */
    public static CacheSizes cacheSizes() {
        return CacheSizes.detect();
    }

    /** A short description for logs and benchmark metadata, e.g. "vector (512-bit, 16 lanes)" or "scalar". */
    public static String describe() {
        if (!VECTOR) {
            return "scalar";
        }
        return VectorInfo.describe();
    }

    /**
     * Fails unless the backend asked for with the system property {@code tenflowers.backend} is
     * one this engine has. Only {@code cpu} (the default) exists: a run labelled {@code gpu} must
     * stop at once with this message rather than silently run on the CPU. Benchmarks call it in
     * their set-up.
     */
    public static void checkConfiguredBackend() {
        String requested = System.getProperty("tenflowers.backend", "cpu").trim();
        if (!requested.equalsIgnoreCase("cpu")) {
            throw new IllegalStateException("tenflowers.backend=" + requested + " was requested, but this engine has no "
                    + requested + " backend (only 'cpu' exists; no GPU backend is implemented yet). "
                    + "Run with the release, debug or parallel configuration instead.");
        }
    }

    private static boolean vectorApiUsable() {
        if ("false".equalsIgnoreCase(System.getProperty("tenflowers.simd"))) {
            return false;
        }
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    private static <T> T instantiate(String simpleName, Class<T> type) {
        try {
            Class<?> c = Class.forName(KernelBackend.class.getPackageName() + "." + simpleName);
            return type.cast(c.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the jdk.incubator.vector module is present but " + simpleName
                    + " could not be loaded; run with -Dtenflowers.simd=false to use the scalar kernels", e);
        }
    }

    /** Kept in its own class so that describing the scalar backend never loads the Vector API. */
    private static final class VectorInfo {
        static String describe() {
            return get("describe", "vector");
        }

        @SuppressWarnings("unchecked")
        static <T> T get(String method, T fallback) {
            try {
                Class<?> c = Class.forName(KernelBackend.class.getPackageName() + ".VectorSpeciesInfo");
                return (T) c.getDeclaredMethod(method).invoke(null);
            } catch (ReflectiveOperationException e) {
                return fallback;
            }
        }
    }
}
