package io.tenflowers.bench.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Builds the other side of a comparison: the same module, checked out at another commit, compiled
 * with its tests by a child Maven with the same settings, local repository, offline switch and
 * profiles as the running build, and asked for its test classpath.
 *
 * <p>The child runs {@code test-compile} and maven-dependency-plugin's {@code build-classpath}
 * (test scope) in the worktree; with {@code -am} the module's reactor siblings are compiled there
 * too, so a change in a sibling is part of the other side. The classpath is the module's test and
 * main class directories, then that list. Nothing of our plugin has to be resolvable in the child
 * build, so a ref from before the project used this plugin builds as well.
 */
public final class RefBuild {
    /** Where the child writes the dependency list, relative to the module's directory. */
    static final String CLASSPATH_FILE = "target/tenflowers-bench-ref.classpath";
    private static final String VERSIONS = "/io/tenflowers/bench/versions.properties";

    private RefBuild() {
    }

    /**
     * @param mavenHome        the running Maven's home ({@code maven.home}): its {@code bin/mvn} builds
     * @param javaHome         the JDK the child Maven runs on ({@code JAVA_HOME})
     * @param reactorRoot      the directory of the reactor's root pom in the worktree
     * @param module           the module's path relative to {@code reactorRoot}; empty for the root itself
     * @param userSettings     {@code -s}, or null
     * @param globalSettings   {@code -gs}, or null
     * @param localRepository  {@code -Dmaven.repo.local}
     * @param offline          {@code -o}
     * @param profiles         {@code -P}, as the running build named them
     * @param properties       {@code -D} user properties of the running build to pass on
     * @param classDirectories the module's test and main class directories, relative to its
     *                         directory (as the running build has them, e.g. {@code target/test-classes})
     * @param log              where the child's output goes
     * @param timeoutMinutes   how long the build may take
     */
    public record Request(Path mavenHome, Path javaHome, Path reactorRoot, String module, Path userSettings,
                          Path globalSettings, Path localRepository, boolean offline, List<String> profiles,
                          Map<String, String> properties, List<String> classDirectories, Path log,
                          long timeoutMinutes) {
    }

    /**
     * @param testClasspath the module's test classpath in the worktree: class directories, then
     *                      dependencies
     * @param moduleDirectory the module's directory in the worktree
     */
    public record Built(List<String> testClasspath, Path moduleDirectory) {
    }

    /**
     * @param request how to build
     * @param what    names the ref in messages, e.g. {@code main (commit 1a2b3c4)}
     * @return the built module's classpath
     * @throws BenchmarkRunException if Maven cannot start, fails or runs out of time; the message names
     *                               the ref, the log and its last lines
     */
    public static Built build(Request request, String what) throws BenchmarkRunException {
        Path moduleDirectory = request.module().isEmpty() ? request.reactorRoot()
                : request.reactorRoot().resolve(request.module()).normalize();
        List<String> command = command(request);
        ProcessBuilder builder = new ProcessBuilder(command).directory(request.reactorRoot().toFile())
                .redirectErrorStream(true).redirectOutput(request.log().toFile());
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("JAVA_HOME", request.javaHome().toString());
        // The child's own JVM options belong to it: a MAVEN_OPTS meant for this build still applies.
        Process process;
        try {
            Files.createDirectories(request.log().getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new BenchmarkRunException("Cannot start Maven (" + command.get(0) + ") to build " + what + ": "
                    + e.getMessage() + ".", e);
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(request.timeoutMinutes(), TimeUnit.MINUTES)) {
                throw new BenchmarkRunException("The build of " + what + " did not finish within "
                        + request.timeoutMinutes() + " minutes and was stopped. Its log: " + request.log());
            }
            if (process.exitValue() != 0) {
                throw new BenchmarkRunException("The build of " + what + " failed (Maven exit code "
                        + process.exitValue() + "), so it cannot be compared. Its log: " + request.log()
                        + System.lineSeparator() + tail(request.log(), 15));
            }
        } catch (IOException e) {
            throw new BenchmarkRunException("Lost the output of the build of " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkRunException("Interrupted while building " + what + "; the build was stopped.", e);
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
            }
        }
        Built built = read(moduleDirectory, request.classDirectories());
        if (built == null) {
            throw new BenchmarkRunException("The build of " + what + " succeeded but wrote no classpath ("
                    + moduleDirectory.resolve(CLASSPATH_FILE) + " is missing). Its log: " + request.log());
        }
        return built;
    }

    /**
     * @param reactorRoot      the directory of the reactor's root pom in a kept worktree
     * @param module           the module's path relative to it
     * @param classDirectories the module's class directories, relative to its directory
     * @return what an earlier {@link #build} of this worktree left, or null when it left nothing usable
     */
    public static Built previous(Path reactorRoot, String module, List<String> classDirectories) {
        Path moduleDirectory = module.isEmpty() ? reactorRoot : reactorRoot.resolve(module).normalize();
        // the test classes are where the benchmarks are: without them the build did not finish
        if (classDirectories.isEmpty() || !Files.isDirectory(moduleDirectory.resolve(classDirectories.get(0)))) {
            return null;
        }
        try {
            return read(moduleDirectory, classDirectories);
        } catch (BenchmarkRunException e) {
            return null;
        }
    }

    private static Built read(Path moduleDirectory, List<String> classDirectories) throws BenchmarkRunException {
        Path classpathFile = moduleDirectory.resolve(CLASSPATH_FILE);
        if (!Files.isRegularFile(classpathFile)) {
            return null;
        }
        List<String> classpath = new ArrayList<>();
        classDirectories.forEach(d -> classpath.add(moduleDirectory.resolve(d).toString()));
        try {
            String dependencies = Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
            if (!dependencies.isEmpty()) {
                classpath.addAll(List.of(dependencies.split(java.io.File.pathSeparator)));
            }
        } catch (IOException e) {
            throw new BenchmarkRunException("Cannot read " + classpathFile + ": " + e.getMessage(), e);
        }
        return new Built(List.copyOf(classpath), moduleDirectory);
    }

    /** @return the child Maven's command line */
    static List<String> command(Request request) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        List<String> command = new ArrayList<>();
        command.add(request.mavenHome().resolve("bin").resolve(windows ? "mvn.cmd" : "mvn").toString());
        command.add("-B");
        if (request.offline()) {
            command.add("-o");
        }
        if (request.userSettings() != null) {
            command.add("-s");
            command.add(request.userSettings().toString());
        }
        if (request.globalSettings() != null) {
            command.add("-gs");
            command.add(request.globalSettings().toString());
        }
        if (!request.profiles().isEmpty()) {
            command.add("-P");
            command.add(String.join(",", request.profiles()));
        }
        request.properties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dmaven.repo.local=" + request.localRepository());
        if (!request.module().isEmpty()) {
            command.add("-pl");
            command.add(request.module());
            command.add("-am");
        }
        command.add("test-compile");
        command.add("org.apache.maven.plugins:maven-dependency-plugin:" + dependencyPluginVersion()
                + ":build-classpath");
        command.add("-Dmdep.includeScope=test");
        command.add("-Dmdep.outputFile=" + CLASSPATH_FILE);
        return command;
    }

    /** @return the maven-dependency-plugin version the project pins (filtered in at build time) */
    static String dependencyPluginVersion() {
        try (InputStream in = RefBuild.class.getResourceAsStream(VERSIONS)) {
            Properties versions = new Properties();
            versions.load(in);
            return versions.getProperty("dependency-plugin.version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("The plugin jar lacks " + VERSIONS + ": rebuild it", e));
        }
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(the log cannot be read: " + e.getMessage() + ")";
        }
    }
}
