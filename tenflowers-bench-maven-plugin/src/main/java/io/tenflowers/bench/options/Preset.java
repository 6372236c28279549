package io.tenflowers.bench.options;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How long a run is: forks × (warm-up + measured iterations), each iteration {@link #iterationTime()}
 * long. The cost of one benchmark (one parameter combination) is about
 * {@code forks × (JVM start + (warmup + measurement) × iterationTime)}.
 *
 * <ul>
 *   <li>{@code smoke}: every benchmark once, briefly, to prove it runs (CI). 1 fork × (1 + 1) × 100 ms.
 *       Its numbers are not worth comparing.</li>
 *   <li>{@code standard}: worth gating on. 2 forks × (3 + 5) × 1 s: 10 samples per benchmark from two
 *       JIT outcomes, enough for an exact Mann-Whitney test at α = 0.01 (the smallest two-sided p of 5 + 5
 *       samples is 2 / C(10, 5) = 0.0079), and fork-to-fork spread is visible.</li>
 *   <li>{@code thorough}: 3 forks × (5 + 10) × 1 s, for decisions that need tighter intervals.</li>
 *   <li>{@code gate}: made for the baseline gate, which takes forks as its units: 8 forks × (2 + 3)
 *       × 500 ms. With 8 forks a side the exact Mann-Whitney test reaches p = 2 / C(16, 8) = 0.00016,
 *       significant after Holm's adjustment at α = 0.01 over up to 64 comparisons; one fork that
 *       sits apart for its whole life moves the median of 8 little. About 24 s per benchmark (measured:
 *       16 in 6 min 22 s on 2 cores).</li>
 * </ul>
 */
public enum Preset {
    SMOKE(1, 1, 1, "100ms"),
    STANDARD(2, 3, 5, "1s"),
    THOROUGH(3, 5, 10, "1s"),
    GATE(8, 2, 3, "500ms");

    private final int forks;
    private final int warmupIterations;
    private final int measurementIterations;
    private final String iterationTime;

    Preset(int forks, int warmupIterations, int measurementIterations, String iterationTime) {
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.measurementIterations = measurementIterations;
        this.iterationTime = iterationTime;
    }

    /** @return the name users type: {@code smoke}, {@code standard}, {@code thorough} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int forks() {
        return forks;
    }

    public int warmupIterations() {
        return warmupIterations;
    }

    public int measurementIterations() {
        return measurementIterations;
    }

    /** @return the length of every iteration, warm-up and measured, in JMH's notation */
    public String iterationTime() {
        return iterationTime;
    }

    /** @return the allowed names, comma-separated, for messages */
    public static String allowedNames() {
        return Arrays.stream(values()).map(Preset::id).collect(Collectors.joining(", "));
    }

    /**
     * @param name a preset name as typed, case-insensitive
     * @return the preset, or {@code null} if there is none of that name
     */
    public static Preset byName(String name) {
        for (Preset preset : values()) {
            if (preset.id().equalsIgnoreCase(name.trim())) {
                return preset;
            }
        }
        return null;
    }
}
