package io.tenflowers.bench.run;

import io.tenflowers.bench.jmh.BenchmarkClasspath;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the benchmarked project about itself, without the plugin knowing the project: a class with a
 * {@code main} method on the project's test classpath (POM parameter {@code environmentProbe}) is
 * run once, in a JVM started like the benchmark forks (same {@code java}, same JVM arguments, the
 * project's base directory), and every {@code key=value} line it prints becomes an entry of
 * {@code run.environment} in {@code results.json}. An engine reports its kernel choices this way
 * (backend, vector width, blocking), so that two runs with different choices are never mistaken
 * for the same set-up.
 */
public final class EnvironmentProbe {
    /** Keys: letters, digits, dots, dashes and underscores; the value is the rest of the line. */
    private static final Pattern ENTRY = Pattern.compile("^([A-Za-z0-9_.\\-]+)=(.*)$");

    private EnvironmentProbe() {
    }

    /**
     * @param java      the forks' {@code java}
     * @param jvmArgs   the forks' JVM arguments (those the plugin knows)
     * @param classpath the project's test classpath
     * @param mainClass the probe's fully qualified class name
     * @param directory working directory (the project's base directory)
     * @param notices   receives a line per output line that is not {@code key=value}
     * @return the entries, in the order printed (a repeated key keeps its last value)
     * @throws BenchmarkRunException if the probe cannot start or exits with an error: the message
     *                               names the class and shows its last lines of output
     */
    public static Map<String, String> run(Path java, List<String> jvmArgs, BenchmarkClasspath classpath,
                                          String mainClass, Path directory, java.util.function.Consumer<String> notices)
            throws BenchmarkRunException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classpath.asArgument());
        command.add(mainClass);
        List<String> output = new ArrayList<>();
        int exit = ChildProcess.run(command, directory, null, output::add, notice -> {
        });
        if (exit != 0) {
            throw new BenchmarkRunException("The environment probe " + mainClass + " (parameter environmentProbe) "
                    + "exited with code " + exit + "; it must be a class with a main method on the test classpath "
                    + "that prints key=value lines. Its last output:" + System.lineSeparator()
                    + String.join(System.lineSeparator(), output.subList(Math.max(0, output.size() - 10),
                    output.size())));
        }
        return entries(output, mainClass, notices);
    }

    /**
     * @param lines the probe's output (standard output and error, merged)
     * @return its {@code key=value} entries; other lines are passed to {@code notices} (a JVM warning
     *         such as "Using incubator modules" is not an entry)
     */
    static Map<String, String> entries(List<String> lines, String mainClass,
                                       java.util.function.Consumer<String> notices) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher entry = ENTRY.matcher(line.strip());
            if (entry.matches()) {
                entries.put(entry.group(1), entry.group(2).strip());
            } else if (!line.isBlank() && !line.startsWith("WARNING: ")) { // the JVM's own warnings
                notices.accept("Environment probe " + mainClass + " printed a line that is not key=value (ignored): "
                        + line.strip());
            }
        }
        return entries;
    }
}
