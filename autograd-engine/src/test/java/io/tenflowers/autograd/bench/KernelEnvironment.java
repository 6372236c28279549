package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.kernels.CacheSizes;
import io.tenflowers.autograd.kernels.ConvolutionKernels;
import io.tenflowers.autograd.kernels.KernelBackend;
import io.tenflowers.autograd.kernels.MatmulKernels;
import io.tenflowers.autograd.kernels.Parallelism;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's kernel choices in this JVM, one {@code key=value} line each on stdout: the backend
 * (vector or scalar), the vector species, the processor's identity and cache sizes with the GEMM
 * blocking derived from them, the matrix-product thresholds, the
 * thread setting and the processors the JVM sees; under the Maven profile {@code pytorch} also
 * PyTorch's versions and thread counts ({@link #pyTorchFacts()}).
 *
 * <p>The benchmark plugin runs this class once with the same JVM arguments as its forks (so the
 * backend is the one the benchmarks get) and records the lines under {@code run.environment} in
 * {@code results.json}: two runs' scores are comparable only if these agree. Hence nothing else
 * may go to stdout; the JVM's own warnings go to stderr. Keys are lower case with dots and
 * underscores; values never contain a line break.
 */
public final class KernelEnvironment {
    /** Printed for a system property that is not set (an empty value would read as "set to nothing"). */
    static final String UNSET = "unset";
    /** The PyTorch side's probe, compiled only under the Maven profile {@code pytorch}. */
    static final String PYTORCH_PROBE = "io.tenflowers.autograd.bench.pytorch.PyTorchEnvironment";

    private KernelEnvironment() {
    }

    /** Prints {@link #lines()} to stdout, one per line; arguments are ignored. */
    public static void main(String[] args) {
        for (String line : lines()) {
            System.out.println(line);
        }
    }

    /** The facts as {@code key=value} lines, in a fixed order. */
    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        facts().forEach((key, value) -> lines.add(key + "=" + value.replaceAll("[\\r\\n]+", " ")));
        return lines;
    }

    /** The facts by key, in a fixed order. */
    static Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        boolean vector = KernelBackend.isVectorized();
        facts.put("engine.backend", vector ? "vector" : "scalar");
        facts.put("engine.backend.description", KernelBackend.describe());
        // -Dtenflowers.simd=false forces the scalar kernels even with the module present.
        facts.put("engine.simd.property", System.getProperty("tenflowers.simd", UNSET));
        if (vector) {
            facts.put("engine.vector.bits", Integer.toString(KernelBackend.vectorBits()));
            facts.put("engine.vector.float_lanes", Integer.toString(KernelBackend.vectorFloatLanes()));
        }
        facts.put("cpu.id", cpuId(Path.of("/proc/cpuinfo")));
        CacheSizes caches = KernelBackend.cacheSizes();
        facts.put("engine.cpu.caches", caches.describe());
        facts.put("engine.cpu.caches.source", caches.source());
        Map<String, Integer> blocking = KernelBackend.gemmBlocking();
        if (blocking.containsKey("mr") && blocking.containsKey("nr")) {
            facts.put("engine.gemm.tile", blocking.get("mr") + "x" + blocking.get("nr"));
        }
        blocking.forEach((name, value) -> facts.put("engine.gemm." + name, value.toString()));
        MatmulKernels.thresholds().forEach((name, value) -> facts.put("engine.matmul." + name, value.toString()));
        facts.put("engine.conv.direct", Boolean.toString(ConvolutionKernels.directAvailable()));
        facts.put("engine.threads", Integer.toString(Parallelism.threads()));
        facts.put("engine.threads.property", System.getProperty("tenflowers.threads", UNSET));
        facts.put("jvm.available_processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
        facts.putAll(pyTorchFacts());
        return facts;
    }

    /**
     * The processor as {@code lscpu} names it beyond its model name, which virtual machines often
     * shorten to "AMD EPYC": vendor, family, model and stepping from the first processor of
     * {@code cpuinfo} (Linux), e.g. {@code "AuthenticAMD family 26 model 2 stepping 1"}, or
     * {@link #UNSET} where there is no such file.
     */
    static String cpuId(Path cpuinfo) {
        Map<String, String> first = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
                if (line.isBlank() && !first.isEmpty()) {
                    break;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    first.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return UNSET;
        }
        if (!first.containsKey("cpu family")) {
            return UNSET;
        }
        return first.getOrDefault("vendor_id", "unknown") + " family " + first.get("cpu family")
                + " model " + first.getOrDefault("model", "?") + " stepping " + first.getOrDefault("stepping", "?");
    }

    /**
     * PyTorch's versions and thread counts ({@code pytorch.*}) when the Maven profile
     * {@code pytorch} put DJL and PeerComparison's PyTorch side on the classpath; none otherwise.
     * Found by name, so that this class compiles without DJL. Loading PyTorch to ask it is what the
     * benchmarks' set-up does too; if it cannot load, {@code pytorch.load_error} says why.
     */
    static Map<String, String> pyTorchFacts() {
        Class<?> probe;
        try {
            probe = Class.forName(PYTORCH_PROBE);
        } catch (ClassNotFoundException e) {
            return Map.of();
        }
        try {
            Map<?, ?> reported = (Map<?, ?>) probe.getMethod("facts").invoke(null);
            Map<String, String> facts = new LinkedHashMap<>();
            reported.forEach((key, value) -> facts.put(String.valueOf(key), String.valueOf(value)));
            return facts;
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
            return Map.of("pytorch.load_error", String.valueOf(cause));
        }
    }
}
