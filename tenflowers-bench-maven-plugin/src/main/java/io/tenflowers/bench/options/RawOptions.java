package io.tenflowers.bench.options;

import java.nio.file.Path;
import java.util.List;

/**
 * The options as the user gave them (POM, {@code -Dtenflowers.bench.*}, or the script), before any
 * check. {@code null} means "not given". {@link OptionsParser} turns them into {@link BenchOptions}.
 *
 * @param category              a category name ({@code all} or one the project declares)
 * @param config                a config name ({@code release}, {@code debug} or declared)
 * @param preset                {@code smoke}, {@code standard} or {@code thorough}
 * @param forks                 overrides the preset's forks
 * @param warmupIterations      overrides the preset's warm-up iterations
 * @param measurementIterations overrides the preset's measured iterations
 * @param iterationTime         overrides the preset's iteration length, JMH notation ({@code 500ms})
 * @param includes              regex a benchmark's JMH name must contain, in addition to the category's
 * @param excludes              regex of benchmark names to leave out
 * @param profilers             JMH profilers ({@code gc} by default; {@code none} for none)
 * @param jvmArgs               extra JVM arguments for the forks, after the config's
 * @param jvm                   a JDK home or {@code java} executable for the forks; null = Maven's
 * @param outputDirectory       where the results go
 * @param historyDirectory      where each run's {@code results.json} is kept; null = no history
 * @param summary               whether to write {@code summary.txt}
 */
public record RawOptions(String category, String config, String preset, Integer forks, Integer warmupIterations,
                         Integer measurementIterations, String iterationTime, String includes, String excludes,
                         List<String> profilers, List<String> jvmArgs, String jvm, Path outputDirectory,
                         Path historyDirectory, boolean summary) {
}
