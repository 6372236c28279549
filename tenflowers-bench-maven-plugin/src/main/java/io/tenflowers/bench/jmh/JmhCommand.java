package io.tenflowers.bench.jmh;

import io.tenflowers.bench.options.BenchOptions;
import io.tenflowers.bench.options.RunLength;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Command lines of the JVM that runs JMH ({@code java -cp <test classpath> org.openjdk.jmh.Main …}).
 *
 * <p>Why a separate JVM: inside Maven, JMH's {@code Runner} sees the plugin's class realm, not the
 * project's classes, and its forks would inherit Maven's classpath and JVM arguments. Here both are
 * explicit: the classpath is the project's test classpath (forks inherit {@code java.class.path}
 * of this JVM), and the fork JVM is named ({@code -jvm}).
 *
 * <p>The project's own settings are respected: run-length options ({@code -f}, {@code -wi},
 * {@code -i}, {@code -w}, {@code -r}) are passed only when a preset or an explicit value names them,
 * and our JVM arguments are appended ({@code -jvmArgsAppend}) to the benchmark's
 * {@code @Fork(jvmArgs)} rather than replacing them as {@code -jvmArgs} would.
 */
public final class JmhCommand {
    /** JMH's command-line entry point. */
    public static final String JMH_MAIN = "org.openjdk.jmh.Main";
    /**
     * Arguments of the launching JVM. It only coordinates forks and collects results, so it keeps
     * the JVM's defaults; its output is read as UTF-8 (JMH prints ± and ≈).
     */
    static final List<String> LAUNCHER_ARGS = List.of("-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
            "-Dsun.stderr.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8");

    private JmhCommand() {
    }

    /**
     * The listing command. {@code -XshowSettings:properties} makes the JVM print its system
     * properties first, which tells us the vendor and version of the JVM the forks will use
     * without starting another one.
     *
     * @param java      the {@code java} executable
     * @param classpath the project's test classpath
     * @return {@code java -XshowSettings:properties -cp … org.openjdk.jmh.Main -lp}
     */
    public static List<String> list(Path java, BenchmarkClasspath classpath) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-XshowSettings:properties");
        command.addAll(LAUNCHER_ARGS);
        command.add("-cp");
        command.add(classpath.asArgument());
        command.add(JMH_MAIN);
        command.add("-lp");
        return command;
    }

    /**
     * The run command.
     *
     * @param options   the validated options
     * @param classpath the project's test classpath
     * @param selected  the benchmarks to run (exact names: selection was done by us, so that the
     *                  category, includes and excludes combine as "and", which JMH's own include
     *                  list, an "or", cannot express)
     * @param rawJson   where JMH writes its JSON
     * @return the command line
     */
    public static List<String> run(BenchOptions options, BenchmarkClasspath classpath, List<ListedBenchmark> selected,
                                   Path rawJson) {
        List<String> command = new ArrayList<>();
        command.add(options.javaExecutable().toString());
        command.addAll(LAUNCHER_ARGS);
        command.add("-cp");
        command.add(classpath.asArgument());
        command.add(JMH_MAIN);
        command.add(exactNames(selected));
        RunLength length = options.runLength();
        addIfGiven(command, "-f", length.forks());
        addIfGiven(command, "-wi", length.warmupIterations());
        addIfGiven(command, "-i", length.measurementIterations());
        addIfGiven(command, "-w", length.iterationTime());
        addIfGiven(command, "-r", length.iterationTime());
        // Without -foe a failing benchmark does not stop the others; with it JMH exits with an
        // empty results file. Failures are read from the log instead (JmhLogParser).
        add(command, "-foe", "false");
        add(command, "-rf", "json");
        add(command, "-rff", rawJson.toString());
        add(command, "-jvm", options.javaExecutable().toString());
        // One option per argument, appended in order after @Fork(jvmArgs) (JMH splits a value on spaces).
        for (String arg : options.forkJvmArgs()) {
            add(command, "-jvmArgsAppend", arg);
        }
        for (String profiler : options.profilers()) {
            add(command, "-prof", profiler);
        }
        return command;
    }

    /**
     * @param selected benchmarks
     * @return one regex that matches exactly their names: {@code ^(\Qa.B.c\E|\Qa.B.d\E)$}
     */
    static String exactNames(List<ListedBenchmark> selected) {
        List<String> quoted = new ArrayList<>();
        for (ListedBenchmark benchmark : selected) {
            quoted.add(Pattern.quote(benchmark.name()));
        }
        return "^(" + String.join("|", quoted) + ")$";
    }

    private static void addIfGiven(List<String> command, String option, Object value) {
        if (value != null) {
            add(command, option, value);
        }
    }

    private static void add(List<String> command, String option, Object value) {
        command.add(option);
        command.add(String.valueOf(value));
    }
}
