package io.tenflowers.bench.mojo;

import io.tenflowers.bench.model.RatioDefinition;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.options.InvalidOptionsException;
import io.tenflowers.bench.options.JvmConfiguration;
import io.tenflowers.bench.options.RawOptions;
import io.tenflowers.bench.run.BenchmarkRunException;
import io.tenflowers.bench.session.BenchOutcome;
import io.tenflowers.bench.session.BenchRequest;
import io.tenflowers.bench.session.BenchSession;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the project's JMH benchmarks in a separate JVM on its test classpath and writes
 * {@code jmh-result.json}, {@code results.json} (run metadata, every sample, derived figures),
 * optionally the summaries ({@code summary.txt}, {@code summary.html}, {@code summary.md}), and a
 * copy into the history directory.
 *
 * <p>Bound by default to {@code integration-test}: the benchmarks need the compiled, unit-tested
 * code, and a check of the results (a baseline gate) belongs to {@code verify}, after them, as
 * Failsafe runs tests in {@code integration-test} and checks them in {@code verify}.
 *
 * <p>The benchmarks' own {@code @Fork}, {@code @Warmup} and {@code @Measurement} rule unless a
 * {@code preset} or an explicit {@code forks}, iteration count or time is named; JVM arguments are
 * appended to their {@code @Fork(jvmArgs)}. A failed benchmark fails the build
 * ({@code MojoFailureException}) after the results of the others are written.
 *
 * @since 0.1.0
 */
@Mojo(name = "bench", defaultPhase = LifecyclePhase.INTEGRATION_TEST,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class BenchMojo extends AbstractBenchmarkMojo {
    /**
     * Which benchmarks: {@code all}, or a name declared in {@link #categories}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.category", defaultValue = "all")
    private String category;

    /**
     * JVM configuration of the forks: {@code release}, {@code debug}, or a name declared in
     * {@link #configs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.config", defaultValue = "release")
    private String config;

    /**
     * Run length: {@code none} (the default: the benchmarks' own {@code @Fork}, {@code @Warmup} and
     * {@code @Measurement} rule), {@code smoke} (1 fork × (1 + 1) × 100 ms: proves every benchmark
     * runs; not a measurement), {@code standard} (2 × (3 + 5) × 1 s) or {@code thorough}
     * (3 × (5 + 10) × 1 s).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.preset", defaultValue = "none")
    private String preset;

    /**
     * Forks per benchmark; overrides the preset and the benchmarks' {@code @Fork}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.forks")
    private Integer forks;

    /**
     * Warm-up iterations per fork; overrides the preset and the benchmarks' {@code @Warmup}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.warmupIterations")
    private Integer warmupIterations;

    /**
     * Measured iterations per fork; overrides the preset and the benchmarks' {@code @Measurement}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.measurementIterations")
    private Integer measurementIterations;

    /**
     * Length of every iteration, warm-up and measured, JMH notation ({@code 500ms}, {@code 2s});
     * overrides the preset and the benchmarks' annotations.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.iterationTime")
    private String iterationTime;

    /**
     * Regex a benchmark's full JMH name must contain, in addition to the category's.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.includes")
    private String includes;

    /**
     * Regex of benchmark names to leave out.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.excludes")
    private String excludes;

    /**
     * JMH profilers, comma-separated on the command line; {@code none} for none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.profilers", defaultValue = "gc")
    private List<String> profilers;

    /**
     * Extra JVM arguments of the forks, one string separated by spaces (quotes group), like
     * Surefire's {@code argLine}; commas are kept ({@code -Xlog:gc*,safepoint}). Appended after the
     * config's and after the benchmarks' own {@code @Fork(jvmArgs)}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.jvmArgs")
    private String jvmArgs;

    /**
     * Another JDK for the benchmark JVMs: its home or its {@code java}. Wins over
     * {@link #jdkToolchain}. Default: the toolchain, else Maven's own JDK.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.jvm")
    private String jvm;

    /**
     * Requirements of a JDK toolchain for the benchmark JVMs (Maven Toolchains, as Surefire's
     * {@code jdkToolchain}), e.g. {@code <version>21</version>}; the JDK must be declared in
     * {@code ~/.m2/toolchains.xml}. Without it, a toolchain chosen by maven-toolchains-plugin is used.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> jdkToolchain;

    /**
     * A class with a {@code main} method on the test classpath that prints facts about the project
     * as {@code key=value} lines (e.g. which kernels a library chose on this machine). It is run
     * once before the benchmarks, with the forks' JVM and arguments, in the project's directory;
     * its lines are recorded under {@code run.environment} in {@code results.json}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.environmentProbe")
    private String environmentProbe;

    /**
     * JVM arguments the {@link #environmentProbe} needs beyond those the plugin gives the forks:
     * what the benchmarks' own {@code @Fork(jvmArgs)} add, which the plugin cannot see. One string,
     * separated by spaces.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.environmentProbeJvmArgs")
    private String environmentProbeJvmArgs;

    /**
     * Where the results go.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.outputDirectory",
            defaultValue = "${project.build.directory}/benchmark_results")
    private File outputDirectory;

    /**
     * Write the summaries beside the results: {@code summary.txt} (the run's metadata and each
     * benchmark's score, time per operation and bytes/op, readable without tools),
     * {@code summary.html} (the report page of this run, as the {@code report} goal draws it) and
     * {@code summary.md} (the same in Markdown, e.g. for a CI job summary). {@code check-baseline}
     * reads the same property and draws the pages again with its verdicts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.summary", defaultValue = "false")
    private boolean summary;

    /**
     * Where each run's {@code results.json} is kept for trends; outside {@code target/} so that it
     * survives {@code mvn clean}. Smoke runs are not kept: their numbers are not measurements.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.historyDirectory", defaultValue = "${project.basedir}/.benchmarks")
    private File historyDirectory;

    /**
     * Keep a copy of each measuring run in {@link #historyDirectory}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.history", defaultValue = "true")
    private boolean history;

    /**
     * How long to wait for another JMH run on this machine (JMH's lock) before failing; 0 fails at once.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.lockWaitMinutes", defaultValue = "60")
    private int lockWaitMinutes;

    /**
     * Stop the run at the first benchmark that fails in its set-up (a {@code @Setup} method throws):
     * JMH and its forks are stopped, the results of what completed are written, and the goal fails
     * with that error and how many benchmarks did not run. A set-up failure usually means a
     * configuration the benchmarks refuse (one that needs hardware the machine lacks), under which
     * every other benchmark would fail the same way. A failure in a benchmark's body never stops the run.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.failFastOnSetupFailure", defaultValue = "true")
    private boolean failFastOnSetupFailure;

    /**
     * The project's categories: name → include regex, e.g. {@code <fast>\.Quick\.</fast>}
     * (matched with {@code find()} against the JMH name).
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> categories;

    /**
     * The project's configurations, in addition to {@code release} and {@code debug}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<ConfigDeclaration> configs;

    /**
     * Ratios between benchmarks to write into {@code results.json}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<RatioDeclaration> ratios;

    /**
     * Parameters that count the elements one operation processes; they give elements/s.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "size")
    private List<String> elementParams;

    /**
     * A benchmark parameter whose values are engines measured side by side in the same run, e.g.
     * {@code <sideBySide><param>engine</param><reference>tenflowers</reference></sideBySide>}:
     * {@code results.json} then says, for every benchmark run with both, how many times faster the
     * reference is, with a 95 % interval over forks, and the report shows them in a table and a chart.
     *
     * @since 0.1.0
     */
    @Parameter
    private SideBySideDeclaration sideBySide;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private ToolchainManager toolchainManager;

    @Override
    protected String goal() {
        return "bench";
    }

    /** @return whether the summaries are asked for */
    protected boolean summary() {
        return summary;
    }

    /** @return the Maven session (settings, local repository, profiles) */
    protected MavenSession session() {
        return session;
    }

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        BenchOutcome report;
        try {
            report = new BenchSession(getLog()::info, getLog()::warn, getLog()::error).execute(request());
        } catch (InvalidOptionsException e) {
            // no cause: Maven would print the problems a second time from the cause's message
            throw new MojoExecutionException("Invalid benchmark options; nothing was run:" + System.lineSeparator()
                    + "  " + String.join(System.lineSeparator() + "  ", e.problems()));
        } catch (BenchmarkRunException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (report.skipped() != null) {
            getLog().info(report.skipped());
            return;
        }
        getLog().info("Results: " + report.resultsFile() + " (" + report.document().benchmarks().size()
                + " benchmark(s))");
        if (report.summaryFile() != null) {
            getLog().info("Summary: " + report.summaryFile());
        }
        if (report.summaryHtml() != null) {
            getLog().info("Report: " + report.summaryHtml());
            getLog().info("Report (Markdown): " + report.summaryMarkdown());
        }
        if (report.historyFile() != null) {
            getLog().info("History: " + report.historyFile());
        }
        if (report.failureMessage() != null) {
            throw new MojoFailureException(report.failureMessage());
        }
    }

    /**
     * @return the run's request as the options and the project give it
     * @throws InvalidOptionsException if a declared ratio is malformed or the classpath is unresolved
     * @throws MojoExecutionException  if the JDK toolchain asked for is not there
     */
    protected BenchRequest request() throws InvalidOptionsException, MojoExecutionException {
        MavenProject project = project();
        List<String> problems = new ArrayList<>();
        List<JvmConfiguration> declaredConfigs = new ArrayList<>();
        if (configs != null) {
            configs.forEach(c -> declaredConfigs.add(c.toConfiguration()));
        }
        List<RatioDefinition> declaredRatios = new ArrayList<>();
        if (ratios != null) {
            for (RatioDeclaration ratio : ratios) {
                if (ratio.problem() != null) {
                    problems.add(ratio.problem());
                } else {
                    declaredRatios.add(ratio.toDefinition());
                }
            }
        }
        if (sideBySide != null && sideBySide.problem() != null) {
            problems.add(sideBySide.problem());
        }
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(problems);
        }
        RawOptions options = new RawOptions(category, config, preset, forks, warmupIterations, measurementIterations,
                iterationTime, includes, excludes, profilers, ArgumentLine.split(jvmArgs),
                jvm != null && !jvm.isBlank() ? jvm : toolchainJava(), path(outputDirectory),
                history ? path(historyDirectory) : null, summary);
        List<String> classpath;
        try {
            classpath = project.getTestClasspathElements();
        } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new InvalidOptionsException(List.of("The test classpath is not resolved: " + e.getMessage()));
        }
        return new BenchRequest(options, categories, declaredConfigs, declaredRatios,
                elementParams == null ? List.of() : elementParams, classpath,
                List.of(Path.of(project.getBuild().getTestOutputDirectory()),
                        Path.of(project.getBuild().getOutputDirectory())),
                project.getBasedir().toPath(),
                new ResultsDocument.Project(project.getGroupId(), project.getArtifactId(), project.getVersion()),
                Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java"),
                Duration.ofMinutes(Math.max(0, lockWaitMinutes)), failFastOnSetupFailure,
                project.getTestCompileSourceRoots().stream().map(Path::of).toList(), environmentProbe,
                ArgumentLine.split(environmentProbeJvmArgs), sideBySide == null ? null : sideBySide.toDefinition());
    }

    /**
     * @return the {@code java} of the JDK toolchain: the one {@link #jdkToolchain} asks for, else
     *         the one maven-toolchains-plugin chose for the build; null for Maven's own JDK
     */
    private String toolchainJava() throws MojoExecutionException {
        Toolchain toolchain;
        if (jdkToolchain != null && !jdkToolchain.isEmpty()) {
            List<Toolchain> matching = toolchainManager.getToolchains(session, "jdk", jdkToolchain);
            if (matching.isEmpty()) {
                throw new MojoExecutionException("No JDK toolchain matches jdkToolchain " + jdkToolchain
                        + ". Declare one in ~/.m2/toolchains.xml (see https://maven.apache.org/guides/mini/"
                        + "guide-using-toolchains.html), or name a JDK with tenflowers.bench.jvm.");
            }
            toolchain = matching.get(0);
        } else {
            toolchain = toolchainManager.getToolchainFromBuildContext("jdk", session);
        }
        if (toolchain == null) {
            return null;
        }
        String java = toolchain.findTool("java");
        getLog().info("Benchmark JVM from the JDK toolchain " + toolchain + ": " + java);
        return java;
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath().toAbsolutePath();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
