package io.tenflowers.autograd.kernels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The data cache sizes of one core, which the GEMM's blocking follows ({@link GemmBlocking}).
 *
 * <p>Read on Linux from {@code /sys/devices/system/cpu/cpu0/cache/index*} ({@code level},
 * {@code type}, {@code size}): the level-1 data cache and the unified level-2 and level-3
 * caches as the kernel reports them for one core. Elsewhere, or when a size is missing or
 * unreadable, the {@link #FALLBACK} sizes are used and {@link #source()} says so; the JVM
 * itself has no portable way to ask.
 *
 * @param l1DataBytes level-1 data cache of one core, bytes
 * @param l2Bytes     level-2 cache of one core, bytes
 * @param l3Bytes     level-3 cache shared by the core's group (what sysfs lists for cpu0), bytes
 * @param source      where the sizes came from: the directory read, or {@code "fallback (…)"}
 */
public record CacheSizes(long l1DataBytes, long l2Bytes, long l3Bytes, String source) {
    /** Where Linux describes cpu0's caches. */
    public static final Path SYSFS = Path.of("/sys/devices/system/cpu/cpu0/cache");

    /**
     * Sizes assumed when none can be read: 48 KiB L1d, 1 MiB L2, 32 MiB L3 (the AMD EPYC machines
     * the kernels were first measured on; recent Intel Xeons have the same L1d and a larger L2).
     */
    public static final CacheSizes FALLBACK = new CacheSizes(48 << 10, 1 << 20, 32 << 20, "fallback");

    /** The sizes of this machine (read once per JVM), or {@link #FALLBACK} with the reason in its source. */
    public static CacheSizes detect() {
        return Detected.VALUE;
    }

    private static final class Detected {
        static final CacheSizes VALUE = read(SYSFS);
    }

    /**
     * The sizes described under {@code cacheDirectory} (laid out like {@link #SYSFS}); any of the
     * three that is not found there is taken from {@link #FALLBACK}, and the source says which.
     */
    static CacheSizes read(Path cacheDirectory) {
        long l1 = -1;
        long l2 = -1;
        long l3 = -1;
        try (Stream<Path> entries = Files.list(cacheDirectory)) {
            for (Path index : (Iterable<Path>) entries.filter(p -> p.getFileName().toString().startsWith("index"))
                    .sorted()::iterator) {
                String level = readTrimmed(index.resolve("level"));
                String type = readTrimmed(index.resolve("type")).toLowerCase(Locale.ROOT);
                long size = parseSize(readTrimmed(index.resolve("size")));
                if (size <= 0) {
                    continue;
                }
                if (level.equals("1") && type.equals("data")) {
                    l1 = size;
                } else if (level.equals("2") && type.equals("unified")) {
                    l2 = size;
                } else if (level.equals("3") && type.equals("unified")) {
                    l3 = size;
                }
            }
        } catch (IOException | RuntimeException e) {
            return new CacheSizes(FALLBACK.l1DataBytes, FALLBACK.l2Bytes, FALLBACK.l3Bytes,
                    "fallback (" + cacheDirectory + " unreadable: " + e.getClass().getSimpleName() + ")");
        }
        if (l1 > 0 && l2 > 0 && l3 > 0) {
            return new CacheSizes(l1, l2, l3, cacheDirectory.toString());
        }
        StringBuilder missing = new StringBuilder();
        if (l1 <= 0) {
            missing.append(" L1d");
        }
        if (l2 <= 0) {
            missing.append(" L2");
        }
        if (l3 <= 0) {
            missing.append(" L3");
        }
        return new CacheSizes(l1 > 0 ? l1 : FALLBACK.l1DataBytes, l2 > 0 ? l2 : FALLBACK.l2Bytes,
                l3 > 0 ? l3 : FALLBACK.l3Bytes,
                cacheDirectory + " (fallback for" + missing + ")");
    }

    /** {@code "48K"}, {@code "1024K"}, {@code "32M"} or plain bytes → bytes; -1 if unparsable. */
    static long parseSize(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        char unit = Character.toUpperCase(text.charAt(text.length() - 1));
        long scale = unit == 'K' ? 1L << 10 : unit == 'M' ? 1L << 20 : unit == 'G' ? 1L << 30 : 1;
        String digits = scale == 1 ? text : text.substring(0, text.length() - 1);
        try {
            return Long.parseLong(digits.trim()) * scale;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String readTrimmed(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.US_ASCII).trim() : "";
    }

    /** E.g. {@code "L1d 48 KiB, L2 1024 KiB, L3 32768 KiB"}. */
    public String describe() {
        return "L1d " + (l1DataBytes >> 10) + " KiB, L2 " + (l2Bytes >> 10) + " KiB, L3 " + (l3Bytes >> 10) + " KiB";
    }
}
