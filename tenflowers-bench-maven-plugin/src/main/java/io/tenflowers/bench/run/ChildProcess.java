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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a JVM and hands every line of its merged output, as it comes, to a consumer and optionally
 * to a log file. Environment variables that every JVM reads by itself are removed: they would
 * change what the forks measure without showing up in any recorded argument.
 *
 * <p>A caller can stop the JVM early ({@code stop}, asked after every line): the JVM and all its
 * descendants (JMH's forks) are destroyed, and {@link #run} returns only once they have exited, so
 * that the next run finds the machine (and JMH's lock) free.
 */
public final class ChildProcess {
    /** Read by every JVM at start-up; a benchmark's JVM options must all be explicit. */
    public static final List<String> JVM_ENVIRONMENT = List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS",
            "JDK_JAVA_OPTIONS");

    /** How long a stopped JVM gets to exit after SIGTERM before it is killed. */
    private static final long GRACE_SECONDS = 10;

    private ChildProcess() {
    }

    /** How a child JVM ended. */
    public record Exit(int code, boolean stopped) {
    }

    /** As {@link #run(List, Path, Path, Consumer, BooleanSupplier, Consumer)}, never stopped early. */
    public static int run(List<String> command, Path directory, Path log, Consumer<String> lines,
                          Consumer<String> notices) throws BenchmarkRunException {
        return run(command, directory, log, lines, () -> false, notices).code();
    }

    /**
     * @param command    the command line
     * @param directory  its working directory
     * @param log        a file that receives every line (replaced), or null
     * @param lines      receives every line
     * @param stop       asked after every line; once it says true, no more lines are read and the
     *                   JVM and its descendants are destroyed
     * @param notices    told about removed environment variables
     * @return the exit code, and whether the JVM was stopped
     * @throws BenchmarkRunException if the JVM cannot be started or its output cannot be read
     */
    public static Exit run(List<String> command, Path directory, Path log, Consumer<String> lines,
                           BooleanSupplier stop, Consumer<String> notices) throws BenchmarkRunException {
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
                    if (stop.getAsBoolean()) {
                        if (writer != null) {
                            writer.write("[tenflowers-bench] Stopped JMH and its forks here; nothing after this "
                                    + "line ran to the end.");
                            writer.newLine();
                        }
                        return new Exit(stopTree(process), true);
                    }
                }
            }
            return new Exit(process.waitFor(), false);
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

    /**
     * Destroys a JVM and its descendants (JMH's forks), politely first, and waits until all have
     * exited.
     *
     * @return the JVM's exit code
     */
    static int stopTree(Process process) throws InterruptedException {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy(); // first, so that it starts no new fork
        tree.forEach(ProcessHandle::destroy);
        if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                handle.destroyForcibly();
                try {
                    handle.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException | ExecutionException ignored) {
                    // the OS did not report its end in time; nothing more can be done from here
                }
            } catch (ExecutionException ignored) {
                // onExit does not fail
            }
        }
        return process.waitFor();
    }
}
