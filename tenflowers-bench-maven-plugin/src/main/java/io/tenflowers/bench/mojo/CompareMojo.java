package io.tenflowers.bench.mojo;

import io.tenflowers.bench.baseline.BaselineGate;
import io.tenflowers.bench.baseline.GateSettings;
import io.tenflowers.bench.options.InvalidOptionsException;
import io.tenflowers.bench.run.BenchmarkRunException;
import io.tenflowers.bench.run.RefBuild;
import io.tenflowers.bench.session.CompareSession;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Is the working tree slower than another commit? Checks the commit out in a temporary git worktree
 * under {@code target/}, builds the same module there with this build's settings, local repository
 * and profiles, and runs every selected benchmark on both sides in one sitting, forks alternating
 * between the sides ({@code A B, B A, …}), so that the machine's drift hits both alike. Each pair of
 * neighbouring forks gives a ratio; a Wilcoxon signed-rank test over those ratios, Holm's adjustment
 * over the run and a threshold decide the verdicts, as {@code check-baseline} does. A regression
 * fails the build (unless {@code haltOnFailure} is false).
 *
 * <p>{@code mvn tenflowers-bench:compare -Dtenflowers.bench.against=main}. Without a ref: {@code HEAD}
 * when the working tree has uncommitted changes, else the merge base with {@code origin/HEAD}. The
 * selection and run options are {@code bench}'s; {@code forks} is the number of pairs (default
 * {@value CompareSession#DEFAULT_PAIRS}). Writes {@code results.json} (the working tree),
 * {@code ref/results.json}, {@code comparison.json} (kind {@code compare}) and, with {@code summary},
 * the report pages, to {@link #compareDirectory}.
 *
 * @since 0.1.0
 */
@Mojo(name = "compare", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.TEST_COMPILE)
public class CompareMojo extends BenchMojo {
    /**
     * The commit to compare with: a branch, tag or commit id. Default: {@code HEAD} when the working
     * tree has uncommitted changes, else the merge base of {@code HEAD} with {@code origin/HEAD}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.against")
    private String against;

    /**
     * Where both sides' results, the comparison and the fork logs go; apart from {@code bench}'s
     * output, so that a comparison never replaces a run's results.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.compareDirectory",
            defaultValue = "${project.build.directory}/benchmark_compare")
    private File compareDirectory;

    /**
     * Family-wise error rate of the verdicts (Holm's adjustment over every metric compared).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.alpha", defaultValue = "0.01")
    private double alpha;

    /**
     * Smallest relative change that counts (0.05 = 5 %). Unchanged code measured in one sitting moves
     * by far less (see the Benchmarking page); a significant change below it is reported as NO_CHANGE.
     * Allocated bytes ({@code gc.alloc.rate.norm}) use 5 % too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.threshold", defaultValue = "0.05")
    private double threshold;

    /**
     * A seed: each pair's order (which side runs first) is drawn at random with it, instead of
     * alternating. The same seed gives the same order.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.seed")
    private Long seed;

    /**
     * Fail the build on a regression. With {@code false} the verdicts are printed and written, and
     * the build goes on.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.haltOnFailure", defaultValue = "true")
    private boolean haltOnFailure;

    /**
     * How long the build of the other commit may take.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.refBuildTimeoutMinutes", defaultValue = "30")
    private int refBuildTimeoutMinutes;

    /**
     * Keep the other commit's worktree and build ({@code target/compare-ref-<commit>}) after the run,
     * and reuse them when the next comparison names the same commit: comparing a branch with
     * {@code main} again and again builds {@code main} once. Without it the worktree is removed after
     * every run, also after a failure.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.keepRefBuild", defaultValue = "false")
    private boolean keepRefBuild;

    @Override
    protected String goal() {
        return "compare";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        if (!(alpha > 0 && alpha < 1) || !(threshold >= 0)) {
            throw new MojoExecutionException("Invalid compare settings: alpha must be between 0 and 1 (got " + alpha
                    + "), threshold ≥ 0 (got " + threshold + ").");
        }
        GateSettings settings = new GateSettings(alpha, threshold, Map.of(), Map.of(),
                GateSettings.DEFAULT_BAND_FACTOR, 0.95, false, GateSettings.DEFAULT_EXPONENT_TOLERANCE);
        CompareSession.Outcome outcome;
        try {
            MavenSession session = session();
            CompareSession.Request request = new CompareSession.Request(request(), against, settings, seed,
                    compareDirectory.getAbsoluteFile().toPath(),
                    Path.of(project().getBuild().getDirectory()).toAbsolutePath(),
                    reactorRoot(session), childMaven(session), summary(), keepRefBuild);
            outcome = new CompareSession(getLog()::info, getLog()::warn, getLog()::error).execute(request);
        } catch (InvalidOptionsException e) {
            throw new MojoExecutionException("Invalid benchmark options; nothing was run:" + System.lineSeparator()
                    + "  " + String.join(System.lineSeparator() + "  ", e.problems()));
        } catch (BenchmarkRunException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (outcome.skipped() != null) {
            getLog().info(outcome.skipped());
            return;
        }
        BaselineGate.Outcome gate = outcome.gate();
        getLog().info(gate.header());
        gate.violations().forEach(getLog()::error);
        gate.table().forEach(getLog()::info);
        getLog().info(gate.summary());
        getLog().info("Results: " + outcome.results() + " (working tree), " + outcome.refResults() + " (ref)");
        getLog().info("Comparison: " + outcome.comparison());
        if (outcome.pages() != null) {
            getLog().info("Report: " + outcome.pages().html());
            getLog().info("Report (Markdown): " + outcome.pages().markdown());
        }
        if (!outcome.failures().isEmpty()) {
            getLog().warn(outcome.failures().size() + " benchmark run(s) failed on a side; see the fork logs in "
                    + compareDirectory.toPath().resolve("forks") + ".");
        }
        if (gate.failed()) {
            String message = gate.violations().size() + " regression(s) against " + outcome.gate().document()
                    .baselineFile() + "; " + gate.summary();
            if (haltOnFailure) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (haltOnFailure is false: the build goes on)");
        }
    }

    /** @return how the child Maven is to run: this build's Maven, JDK, settings, repository, profiles */
    private RefBuild.Request childMaven(MavenSession session) throws MojoExecutionException {
        String mavenHome = System.getProperty("maven.home");
        if (mavenHome == null) {
            throw new MojoExecutionException("maven.home is not set, so the other commit cannot be built with this "
                    + "Maven. Run compare from the mvn command line.");
        }
        MavenExecutionRequest request = session.getRequest();
        List<String> profiles = new ArrayList<>(request.getActiveProfiles());
        request.getInactiveProfiles().forEach(p -> profiles.add("!" + p));
        Map<String, String> properties = new TreeMap<>();
        session.getUserProperties().forEach((key, value) -> {
            String name = String.valueOf(key);
            // Ours steer this goal, not the child's compile; the repository is passed on its own.
            if (!name.startsWith("tenflowers.bench.") && !name.equals("maven.repo.local")) {
                properties.put(name, String.valueOf(value));
            }
        });
        return new RefBuild.Request(Path.of(mavenHome), Path.of(System.getProperty("java.home")), null, "",
                existing(request.getUserSettingsFile()), existing(request.getGlobalSettingsFile()),
                Path.of(session.getRepositorySession().getLocalRepository().getBasedir().getAbsolutePath()),
                session.isOffline(), profiles, properties, List.of(), null, Math.max(1, refBuildTimeoutMinutes));
    }

    /**
     * @return where the build was started ({@code -f}'s directory, or the current one): with
     *         {@code -pl module}, the reactor's root, whose copy the other side is built from
     */
    private Path reactorRoot(MavenSession session) {
        String root = session.getExecutionRootDirectory();
        Path module = project().getBasedir().toPath().toAbsolutePath().normalize();
        if (root == null) {
            return module;
        }
        Path rootPath = Path.of(root).toAbsolutePath().normalize();
        // A module outside the started build's directory (an odd layout) is built on its own.
        return module.startsWith(rootPath) ? rootPath : module;
    }

    private static Path existing(File file) {
        return file != null && file.isFile() ? file.toPath().toAbsolutePath() : null;
    }
}
