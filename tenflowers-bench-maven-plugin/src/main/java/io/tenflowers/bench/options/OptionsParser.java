package io.tenflowers.bench.options;

import io.tenflowers.bench.model.JmhTime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks {@link RawOptions} against a project's {@link Vocabulary} and JMH's rules, before anything
 * runs. It reports every problem at once, each with the values that are allowed (JMH's
 * {@code OptionsBuilder} validates where options enter; so do we).
 */
public final class OptionsParser {
    /** JMH 1.37's built-in profilers ({@code -lprof}); a fully qualified class name is also accepted. */
    static final Set<String> KNOWN_PROFILERS = Set.of("async", "cl", "comp", "dtraceasm", "gc", "jfr", "mempool",
            "pauses", "perf", "perfasm", "perfc2c", "perfnorm", "safepoints", "stack", "xperfasm");
    /** Written instead of a profiler list to run without any ({@code -Dtenflowers.bench.profilers=none}). */
    public static final String NO_PROFILERS = "none";
    /** The default preset: none, the benchmarks' own annotations set the run length. */
    public static final String NO_PRESET = "none";

    private OptionsParser() {
    }

    /**
     * @param raw        the options as given
     * @param vocabulary the project's categories and configs
     * @param mavenJava  the {@code java} running Maven: used when {@code raw.jvm()} is null
     * @return the validated options
     * @throws InvalidOptionsException listing every bad value with the allowed ones
     */
    public static BenchOptions parse(RawOptions raw, Vocabulary vocabulary, Path mavenJava)
            throws InvalidOptionsException {
        List<String> problems = new ArrayList<>();

        String category = orDefault(raw.category(), Vocabulary.ALL);
        Pattern categoryPattern = vocabulary.category(category).orElse(null);
        if (categoryPattern == null) {
            problems.add("Unknown category '" + category + "'. Declared categories: "
                    + String.join(", ", vocabulary.categories().keySet())
                    + " (declare more in the plugin's <categories>).");
        }

        String configName = orDefault(raw.config(), JvmConfiguration.RELEASE.name());
        JvmConfiguration configuration = vocabulary.configuration(configName).orElse(null);
        if (configuration == null) {
            problems.add("Unknown config '" + configName + "'. Declared configs: "
                    + String.join(", ", vocabulary.configurations().keySet())
                    + " (declare more in the plugin's <configs>).");
        }

        // No preset named: the benchmarks' own @Fork/@Warmup/@Measurement rule, and only what the
        // user names explicitly (forks, iterations, iteration time) overrides them.
        String presetName = orDefault(raw.preset(), NO_PRESET);
        Preset preset = NO_PRESET.equalsIgnoreCase(presetName) ? null : Preset.byName(presetName);
        if (preset == null && !NO_PRESET.equalsIgnoreCase(presetName)) {
            problems.add("Unknown preset '" + presetName + "'. Allowed presets: " + NO_PRESET + " (the benchmarks' "
                    + "own annotations), " + Preset.allowedNames() + ".");
        }
        Integer forks = atLeast(raw.forks(), preset == null ? null : preset.forks(), 1, "forks",
                "a configuration's JVM arguments apply to forked JVMs, so a run needs at least one fork", problems);
        Integer warmup = atLeast(raw.warmupIterations(), preset == null ? null : preset.warmupIterations(), 0,
                "warmupIterations", null, problems);
        Integer measurement = atLeast(raw.measurementIterations(),
                preset == null ? null : preset.measurementIterations(), 1, "measurementIterations", null, problems);
        String iterationTime = orDefault(raw.iterationTime(), preset == null ? null : preset.iterationTime());
        if (iterationTime != null) {
            try {
                if (JmhTime.parse(iterationTime).isZero()) {
                    problems.add("Invalid iterationTime '" + iterationTime + "': it must be longer than zero.");
                }
            } catch (IllegalArgumentException e) {
                problems.add("Invalid iterationTime: " + e.getMessage());
            }
        }
        RunLength runLength = new RunLength(preset, forks, warmup, measurement, iterationTime,
                overrides(raw));

        Pattern includes = regex(raw.includes(), "includes", problems);
        Pattern excludes = regex(raw.excludes(), "excludes", problems);
        List<String> profilers = profilers(raw.profilers(), problems);
        List<String> jvmArgs = new ArrayList<>();
        if (raw.jvmArgs() != null) {
            raw.jvmArgs().stream().filter(a -> a != null && !a.isBlank()).map(String::trim).forEach(jvmArgs::add);
        }
        Path java = javaExecutable(raw.jvm(), mavenJava, problems);
        if (raw.outputDirectory() == null) {
            problems.add("outputDirectory is not set; give a directory for the results.");
        }

        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(problems);
        }
        return new BenchOptions(category, categoryPattern, configuration, runLength, includes, excludes, profilers,
                List.copyOf(jvmArgs), java, raw.outputDirectory(), raw.historyDirectory(), raw.summary());
    }

    private static String orDefault(String value, String fallback) {
        if (fallback == null) {
            return value == null || value.isBlank() ? null : value.trim();
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** @return the names of the run-length options the user gave explicitly, for the run's header */
    private static List<String> overrides(RawOptions raw) {
        List<String> given = new ArrayList<>();
        if (raw.forks() != null) {
            given.add("forks=" + raw.forks());
        }
        if (raw.warmupIterations() != null) {
            given.add("warmupIterations=" + raw.warmupIterations());
        }
        if (raw.measurementIterations() != null) {
            given.add("measurementIterations=" + raw.measurementIterations());
        }
        if (raw.iterationTime() != null && !raw.iterationTime().isBlank()) {
            given.add("iterationTime=" + raw.iterationTime().trim());
        }
        return List.copyOf(given);
    }

    private static Integer atLeast(Integer value, Integer presetValue, int minimum, String name, String why,
                                   List<String> problems) {
        Integer chosen = value == null ? presetValue : value;
        if (chosen != null && chosen < minimum) {
            problems.add("Invalid " + name + " " + chosen + ": it must be " + minimum + " or more"
                    + (why == null ? "." : " (" + why + ")."));
        }
        return chosen;
    }

    private static Pattern regex(String value, String name, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Pattern.compile(value.trim());
        } catch (PatternSyntaxException e) {
            problems.add("Invalid " + name + " regex '" + value + "': " + e.getDescription() + " near index "
                    + e.getIndex() + ".");
            return null;
        }
    }

    private static List<String> profilers(List<String> given, List<String> problems) {
        if (given == null) {
            return List.of("gc");
        }
        List<String> profilers = new ArrayList<>();
        for (String entry : given) {
            if (entry == null || entry.isBlank() || entry.trim().equalsIgnoreCase(NO_PROFILERS)) {
                continue;
            }
            String profiler = entry.trim();
            // JMH allows options after a colon: "async:libPath=/x"
            String name = profiler.split(":", 2)[0];
            boolean className = name.contains(".");
            if (!className && !KNOWN_PROFILERS.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add("Unknown profiler '" + name + "'. Allowed: " + String.join(", ",
                        new java.util.TreeSet<>(KNOWN_PROFILERS)) + ", a profiler class name, or '"
                        + NO_PROFILERS + "'.");
            } else {
                profilers.add(profiler);
            }
        }
        return List.copyOf(profilers);
    }

    private static Path javaExecutable(String jvm, Path mavenJava, List<String> problems) {
        if (jvm == null || jvm.isBlank()) {
            return mavenJava;
        }
        Path given = Path.of(jvm.trim());
        // A JDK home or the executable itself are both accepted, as users copy either.
        for (Path candidate : List.of(given, given.resolve("bin").resolve("java"),
                given.resolve("bin").resolve("java.exe"))) {
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        problems.add("jvm '" + jvm + "' is neither a java executable nor a JDK home with bin/java; "
                + "give e.g. /usr/lib/jvm/java-21-openjdk or leave it unset to use Maven's own JDK.");
        return null;
    }
}
