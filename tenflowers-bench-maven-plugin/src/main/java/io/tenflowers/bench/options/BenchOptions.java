package io.tenflowers.bench.options;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validated options of one benchmark run. Every field is usable as is: names resolved, numbers in
 * range, regexes compiled. Build one with {@link OptionsParser}.
 *
 * @param category         the category name, as recorded in the results
 * @param categoryPattern  its include regex
 * @param configuration    the JVM configuration of the forks
 * @param runLength        forks and iterations given to JMH; what it leaves null the benchmarks'
 *                         own annotations decide
 * @param includes         extra include regex, or null
 * @param excludes         exclude regex, or null
 * @param profilers        JMH profiler names, possibly empty
 * @param extraJvmArgs     the user's JVM arguments, after the configuration's
 * @param javaExecutable   the {@code java} that runs JMH and its forks
 * @param outputDirectory  where the results go
 * @param historyDirectory where each run's results are kept, or null
 * @param summary          whether to write {@code summary.txt}
 */
public record BenchOptions(String category, Pattern categoryPattern, JvmConfiguration configuration,
                           RunLength runLength, Pattern includes, Pattern excludes, List<String> profilers,
                           List<String> extraJvmArgs,
                           Path javaExecutable, Path outputDirectory, Path historyDirectory, boolean summary) {

    /**
     * @return every JVM argument of the forks, in order: the configuration's, then
     *         {@code -Dtenflowers.bench.config=<name>} (so that code under test can tell which
     *         configuration it runs under), then the user's
     */
    public List<String> forkJvmArgs() {
        List<String> args = new java.util.ArrayList<>(configuration.arguments());
        args.add("-Dtenflowers.bench.config=" + configuration.name());
        args.addAll(extraJvmArgs);
        return List.copyOf(args);
    }

    /**
     * @param jmhName a benchmark's full JMH name ({@code package.Class.method})
     * @return whether this run selects it: category ∧ includes ∧ ¬excludes, each by {@code find()}
     */
    public boolean selects(String jmhName) {
        return categoryPattern.matcher(jmhName).find()
                && (includes == null || includes.matcher(jmhName).find())
                && (excludes == null || !excludes.matcher(jmhName).find());
    }
}
