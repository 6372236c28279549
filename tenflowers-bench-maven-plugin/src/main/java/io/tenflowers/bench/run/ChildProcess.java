package io.tenflowers.bench.run;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a JVM and hands every line of its merged output, as it comes, to a consumer and optionally
 * to a log file. Environment variables that every JVM reads by itself are removed: they would
 * change what the forks measure without showing up in any recorded argument.
 */
public final class ChildProcess {
    /** Read by every JVM at start-up; a benchmark's JVM options must all be explicit. */
    public static final List<String> JVM_ENVIRONMENT = List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS",
            "JDK_JAVA_OPTIONS");

    private ChildProcess() {
    }

    /**
     * @param command    the command line
     * @param directory  its working directory
     * @param log        a file that receives every line (replaced), or null
     * @param lines      receives every line
     * @param notices    told about removed environment variables
     * @return the exit code
     * @throws BenchmarkRunException if the JVM cannot be started or its output cannot be read
     */
    public static int run(List<String> command, Path directory, Path log, Consumer<String> lines,
                          Consumer<String> notices) throws BenchmarkRunException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> environment = builder.environment();
        for (String variable : JVM_ENVIRONMENT) {
            if (environment.remove(variable) != null) {
                notices.accept("Ignoring " + variable + " for the benchmark JVMs: their options must be explicit "
                        + "(use jvmArgs or a config instead).");
            }
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BenchmarkRunException("Cannot start " + command.get(0) + ": " + e.getMessage()
                    + ". Check the jvm parameter (a JDK home or a java executable).", e);
        }
        try {
            process.getOutputStream().close();
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 BufferedWriter writer = log == null ? null : Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (writer != null) {
                        writer.write(line);
                        writer.newLine();
                        writer.flush(); // so that a user can follow the log while it runs
                    }
                    lines.accept(line);
                }
            }
            return process.waitFor();
        } catch (IOException e) {
            throw new BenchmarkRunException("Lost the output of " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkRunException("Interrupted while JMH was running; its JVMs were stopped.", e);
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
            }
        }
    }
}
