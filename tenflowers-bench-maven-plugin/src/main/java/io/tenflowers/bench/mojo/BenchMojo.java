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
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the project's JMH benchmarks in a separate JVM on its test classpath and writes
 * {@code jmh-result.json}, {@code results.json} (run metadata, every sample, derived figures),
 * optionally {@code summary.txt}, and a copy into the history directory.
 *
 * <p>Bound by default to {@code integration-test}: the benchmarks need the packaged, tested code,
 * and a check of the results (the baseline gate) belongs to {@code verify}, after them, as
 * Failsafe runs tests in {@code integration-test} and checks them in {@code verify}.
 *
 * <p>This class only reads parameters and reports; {@link BenchSession} does the work.
 */
@Mojo(name = "bench", defaultPhase = LifecyclePhase.INTEGRATION_TEST,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class BenchMojo extends AbstractMojo {
    /** Skip the benchmarks. */
    @Parameter(property = "tenflowers.bench.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Which benchmarks: {@code all}, or a name declared in {@link #categories} (the seed's {@code -c}).
     */
    @Parameter(property = "tenflowers.bench.category", defaultValue = "all")
    private String category;

    /**
     * JVM configuration of the forks: {@code release}, {@code debug}, or a name declared in
     * {@link #configs} (the seed's {@code -f}).
     */
    @Parameter(property = "tenflowers.bench.config", defaultValue = "release")
    private String config;

    /** Run length: {@code smoke}, {@code standard} or {@code thorough}. */
    @Parameter(property = "tenflowers.bench.preset", defaultValue = "standard")
    private String preset;

    /** Forks per benchmark; overrides the preset. */
    @Parameter(property = "tenflowers.bench.forks")
    private Integer forks;

    /** Warm-up iterations per fork; overrides the preset. */
    @Parameter(property = "tenflowers.bench.warmupIterations")
    private Integer warmupIterations;

    /** Measured iterations per fork; overrides the preset. */
    @Parameter(property = "tenflowers.bench.measurementIterations")
    private Integer measurementIterations;

    /** Length of every iteration, JMH notation ({@code 500ms}, {@code 2s}); overrides the preset. */
    @Parameter(property = "tenflowers.bench.iterationTime")
    private String iterationTime;

    /** Regex a benchmark's full JMH name must contain, in addition to the category's. */
    @Parameter(property = "tenflowers.bench.includes")
    private String includes;

    /** Regex of benchmark names to leave out. */
    @Parameter(property = "tenflowers.bench.excludes")
    private String excludes;

    /** JMH profilers, comma-separated on the command line; {@code none} for none. */
    @Parameter(property = "tenflowers.bench.profilers", defaultValue = "gc")
    private List<String> profilers;

    /** Extra JVM arguments of the forks, after the config's. */
    @Parameter(property = "tenflowers.bench.jvmArgs")
    private List<String> jvmArgs;

    /** Another JDK for the benchmark JVMs: its home or its {@code java}. Default: Maven's JDK. */
    @Parameter(property = "tenflowers.bench.jvm")
    private String jvm;

    /** Where the results go. */
    @Parameter(property = "tenflowers.bench.outputDirectory",
            defaultValue = "${project.build.directory}/benchmark_results")
    private File outputDirectory;

    /** Write {@code summary.txt} (the seed's {@code -s}). */
    @Parameter(property = "tenflowers.bench.summary", defaultValue = "false")
    private boolean summary;

    /** Where each run's {@code results.json} is kept for trends; outside {@code target/} so that it survives {@code mvn clean}. */
    @Parameter(property = "tenflowers.bench.historyDirectory", defaultValue = "${project.basedir}/.benchmarks")
    private File historyDirectory;

    /** Keep a copy of each run in {@link #historyDirectory}. */
    @Parameter(property = "tenflowers.bench.history", defaultValue = "true")
    private boolean history;

    /** How long to wait for another JMH run on this machine (JMH's lock) before failing; 0 fails at once. */
    @Parameter(property = "tenflowers.bench.lockWaitMinutes", defaultValue = "60")
    private int lockWaitMinutes;

    /**
     * Stop the run at the first benchmark that fails in its set-up (a {@code @Setup} method throws):
     * JMH and its forks are stopped, the results of what completed are written, and the goal fails
     * with that error and how many benchmarks did not run. A set-up failure means a configuration
     * the benchmarks refuse (config {@code gpu} where there is no GPU), under which every other
     * benchmark would fail the same way. A failure in a benchmark's body never stops the run.
     */
    @Parameter(property = "tenflowers.bench.failFastOnSetupFailure", defaultValue = "true")
    private boolean failFastOnSetupFailure;

    /** The project's categories: name → include regex, e.g. {@code <basic>GradientPerformance</basic>}. */
    @Parameter
    private Map<String, String> categories;

    /** The project's configurations, in addition to {@code release} and {@code debug}. */
    @Parameter
    private List<ConfigDeclaration> configs;

    /** Ratios between benchmarks to write into {@code results.json}. */
    @Parameter
    private List<RatioDeclaration> ratios;

    /** Parameters that count the elements one operation processes; they give elements/s. */
    @Parameter(defaultValue = "size")
    private List<String> elementParams;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Benchmarks skipped (tenflowers.bench.skip).");
            return;
        }
        BenchOutcome report;
        try {
            report = new BenchSession(getLog()::info, getLog()::error).execute(request());
        } catch (InvalidOptionsException e) {
            throw new MojoExecutionException("Invalid benchmark options; nothing was run:" + System.lineSeparator()
                    + "  " + String.join(System.lineSeparator() + "  ", e.problems()), e);
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
        if (report.historyFile() != null) {
            getLog().info("History: " + report.historyFile());
        }
        if (report.failureMessage() != null) {
            throw new MojoExecutionException(report.failureMessage());
        }
    }

    private BenchRequest request() throws InvalidOptionsException {
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
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(problems);
        }
        RawOptions options = new RawOptions(category, config, preset, forks, warmupIterations, measurementIterations,
                iterationTime, includes, excludes, profilers, jvmArgs, jvm, path(outputDirectory),
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
                Duration.ofMinutes(Math.max(0, lockWaitMinutes)), failFastOnSetupFailure);
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath().toAbsolutePath();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
