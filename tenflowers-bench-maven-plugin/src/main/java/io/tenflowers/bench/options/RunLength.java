package io.tenflowers.bench.options;

import java.util.ArrayList;
import java.util.List;

/**
 * How long each benchmark runs, as far as the user decided it. A null field is not passed to JMH,
 * so the benchmark's own annotation ({@code @Fork}, {@code @Warmup}, {@code @Measurement}) or JMH's
 * default decides it: a project's annotations are respected unless a preset or an explicit value
 * is named.
 *
 * @param preset                the named preset, or null (the default, {@code none})
 * @param forks                 forks per benchmark, or null
 * @param warmupIterations      warm-up iterations per fork, or null
 * @param measurementIterations measured iterations per fork, or null
 * @param iterationTime         length of every iteration (warm-up and measured), JMH notation, or null
 * @param overrides             the values named explicitly ({@code forks=3}), for the run's header
 */
public record RunLength(Preset preset, Integer forks, Integer warmupIterations, Integer measurementIterations,
                        String iterationTime, List<String> overrides) {
    public RunLength {
        overrides = List.copyOf(overrides);
    }

    /** @return the preset's name, or {@code none} */
    public String presetName() {
        return preset == null ? OptionsParser.NO_PRESET : preset.id();
    }

    /** @return whether every setting is fixed here, none left to the annotations */
    public boolean complete() {
        return forks != null && warmupIterations != null && measurementIterations != null && iterationTime != null;
    }

    /**
     * @return which settings rule, for the run's header: {@code preset standard: 2 fork(s) × (3 warm-up
     *         + 5 measured) × 1s}, {@code the benchmarks' own annotations (@Fork, @Warmup, @Measurement)},
     *         with any explicit overrides
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (preset != null) {
            parts.add("preset " + preset.id());
        } else if (overrides.isEmpty()) {
            return "the benchmarks' own annotations (@Fork, @Warmup, @Measurement; no preset named)";
        } else {
            parts.add("the benchmarks' own annotations where not overridden");
        }
        if (!overrides.isEmpty()) {
            parts.add("overridden: " + String.join(", ", overrides));
        }
        String text = String.join(", ", parts);
        if (complete()) {
            text += ": " + forks + " fork(s) × (" + warmupIterations + " warm-up + " + measurementIterations
                    + " measured) × " + iterationTime;
        }
        return text;
    }
}
