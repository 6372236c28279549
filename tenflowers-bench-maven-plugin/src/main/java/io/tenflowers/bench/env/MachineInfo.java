package io.tenflowers.bench.env;

import io.tenflowers.bench.model.ResultsDocument;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The machine a run happened on: OS, CPU, cores, memory, and the fingerprint that decides whether
 * two runs are comparable.
 *
 * @param os          operating system
 * @param cpu         processor
 * @param memoryBytes physical memory, null if the JVM cannot tell
 */
public record MachineInfo(ResultsDocument.Os os, ResultsDocument.Cpu cpu, Long memoryBytes) {
    private static final long GIB = 1L << 30;

    /** @return this machine, as seen from this JVM (the benchmark JVMs run on the same machine) */
    public static MachineInfo current() {
        return new MachineInfo(new ResultsDocument.Os(System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch")),
                new ResultsDocument.Cpu(cpuModel(), Runtime.getRuntime().availableProcessors()), physicalMemory());
    }

    /**
     * @param jvm the JVM of the forks
     * @return the fingerprint: cores, memory (GiB), CPU model, OS, arch, JVM vendor, JVM major version,
     *         and a short hash of them all
     */
    public ResultsDocument.Fingerprint fingerprint(ResultsDocument.Jvm jvm) {
        Long gib = memoryBytes == null ? null : Math.round((double) memoryBytes / GIB);
        List<Object> fields = List.of(cpu.cores(), String.valueOf(gib), String.valueOf(cpu.model()),
                String.valueOf(os.name()), String.valueOf(os.arch()), String.valueOf(jvm.vendor()),
                String.valueOf(jvm.majorVersion()));
        return new ResultsDocument.Fingerprint(sha256(fields.toString()).substring(0, 16), cpu.cores(), gib,
                cpu.model(), os.name(), os.arch(), jvm.vendor(), jvm.majorVersion());
    }

    /**
     * @param properties system properties of the fork JVM ({@code java.vendor}, …); may be empty
     * @param executable its {@code java}
     * @return the JVM description; fields unknown are null
     */
    public static ResultsDocument.Jvm jvm(Map<String, String> properties, String executable) {
        String version = properties.get("java.version");
        return new ResultsDocument.Jvm(executable, properties.get("java.vendor"), version,
                properties.get("java.vm.name"), properties.get("java.vm.version"), majorVersion(version));
    }

    /** @return 17 for "17.0.15", 8 for "1.8.0_402", null if unknown */
    public static Integer majorVersion(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        String[] parts = version.split("[._+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try {
                for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
                    // x86: "model name"; some ARM kernels: "Model" or "Hardware"
                    if (line.startsWith("model name") || line.startsWith("Model") || line.startsWith("Hardware")) {
                        int colon = line.indexOf(':');
                        if (colon > 0 && !line.substring(colon + 1).isBlank()) {
                            return line.substring(colon + 1).trim();
                        }
                    }
                }
            } catch (IOException ignored) {
                // fall through to the environment or the architecture
            }
        }
        String windows = System.getenv("PROCESSOR_IDENTIFIER");
        return windows != null ? windows : System.getProperty("os.arch");
    }

    private static Long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long total = os.getTotalMemorySize();
            return total > 0 ? total : null;
        }
        return null;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
