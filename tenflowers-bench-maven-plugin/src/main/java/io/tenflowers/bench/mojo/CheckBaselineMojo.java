package io.tenflowers.bench.mojo;

import io.tenflowers.bench.baseline.BaselineGate;
import io.tenflowers.bench.baseline.GateSettings;
import io.tenflowers.bench.io.BaselineFileException;
import io.tenflowers.bench.session.CheckBaselineSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Fails the build on a real regression against the committed baseline, and stays quiet on noise.
 *
 * <p>Two kinds of rules. <b>Relative</b>: the run is compared with the baseline's newest saved run
 * of the same machine fingerprint and config, fork by fork; a metric REGRESSES only when its change
 * is significant (two-sided Mann-Whitney U over fork means, Holm's adjustment over every comparison
 * of the run, family-wise α) <i>and</i> its median is worse than its threshold (default 10 %,
 * overridable per benchmark and per metric, widened to the noise band the baseline learned: a 99 % prediction bound of the move between two unchanged runs).
 * <b>Floors</b>: absolute limits from the baseline ("throughput ≥ 1000 ops/s"). A smoke run is never
 * judged; results from another machine skip the relative rule (floors still apply) unless
 * {@code compareAcrossMachines}.
 *
 * <p>One line per violation, a table of every verdict, then one failure; {@code haltOnFailure=false}
 * only warns. {@code comparison.json} is written beside the results, and with {@code summary} the
 * report pages {@code summary.html} and {@code summary.md} again, before the build fails.
 *
 * @since 0.1.0
 */
@Mojo(name = "check-baseline", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckBaselineMojo extends AbstractBaselineMojo {
    /**
     * Family-wise error rate of the relative rule: the chance, for unchanged code, that any metric of
     * the run is found significantly different.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.alpha", defaultValue = "0.01")
    private double alpha;

    /**
     * Relative change of a metric's median that counts as a regression (0.10 = 10 %), when significant.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.threshold", defaultValue = "0.10")
    private double threshold;

    /**
     * Thresholds for some benchmarks, each
     * {@code <threshold><benchmark>regex on the id</benchmark><value>0.15</value></threshold>};
     * the first whose regex matches the id wins over the metric's and the default threshold.
     *
     * @since 0.1.0
     */
    @Parameter
    private java.util.List<ThresholdDeclaration> benchmarkThresholds;

    /**
     * Thresholds per metric name: {@code score} (the primary metric) or a secondary one; by default
     * {@code gc.alloc.rate.norm} (allocated bytes per operation, nearly deterministic) has 0.05.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> metricThresholds;

    /**
     * Compare with a baseline saved on another machine (other CPU, cores, memory or JVM) instead of
     * skipping the relative rule. Differences are then partly the machine's.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.compareAcrossMachines", defaultValue = "false")
    private boolean compareAcrossMachines;

    /**
     * How far the scaling exponent of a size sweep may move, absolute: it regresses when the whole 95 %
     * interval of its change lies beyond this in the worse direction (for a throughput, steeper fall).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.exponentTolerance", defaultValue = "0.15")
    private double exponentTolerance;

    /**
     * Fail the build on a violation; {@code false} only warns.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.haltOnFailure", defaultValue = "true")
    private boolean haltOnFailure;

    /**
     * Draw {@code summary.html} and {@code summary.md} beside the results again after judging, now
     * with the verdicts and the baseline's floors. The same property as the {@code bench} goal's
     * {@code summary}, so that one {@code -Dtenflowers.bench.summary=true} asks both.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.summary", defaultValue = "false")
    private boolean summary;

    /**
     * The history the {@code bench} goal keeps: the summaries' trend charts read it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.historyDirectory", defaultValue = "${project.basedir}/.benchmarks")
    private File historyDirectory;

    @Override
    protected String goal() {
        return "check-baseline";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        CheckBaselineSession.Result result;
        try {
            result = CheckBaselineSession.execute(new CheckBaselineSession.Request(resultsFile().toPath(),
                    baselineFile().toPath(), settings(),
                    historyDirectory == null ? null : historyDirectory.getAbsoluteFile().toPath(), summary,
                    project().getArtifactId(), getLog()::warn));
        } catch (BaselineFileException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write comparison.json or the summaries beside " + resultsFile()
                    + ": " + e.getMessage());
        }
        BaselineGate.Outcome outcome = result.outcome();
        if (outcome.warning() != null) {
            getLog().warn(outcome.warning());
        }
        getLog().info(outcome.header());
        outcome.violations().forEach(getLog()::error);
        boolean judgedAnything = !outcome.document().verdicts().isEmpty() || !outcome.document().floors().isEmpty();
        if (judgedAnything) {
            outcome.table().forEach(getLog()::info);
            getLog().info(outcome.summary());
        }
        getLog().info("Comparison: " + result.comparison());
        if (result.summaries() != null) {
            getLog().info("Report: " + result.summaries().html());
            getLog().info("Report (Markdown): " + result.summaries().markdown());
        }
        if (outcome.failed()) {
            String message = outcome.violations().size() + " baseline rule(s) violated; " + outcome.summary();
            if (haltOnFailure) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (haltOnFailure is false: the build goes on)");
        }
    }

    private GateSettings settings() throws MojoExecutionException {
        if (!(alpha > 0 && alpha < 1) || !(threshold >= 0)) {
            throw new MojoExecutionException("Invalid gate settings: alpha must be between 0 and 1 (got " + alpha
                    + "), threshold ≥ 0 (got " + threshold + ").");
        }
        Map<Pattern, Double> byBenchmark = new LinkedHashMap<>();
        if (benchmarkThresholds != null) {
            for (ThresholdDeclaration declaration : benchmarkThresholds) {
                try {
                    byBenchmark.put(Pattern.compile(declaration.benchmark()), declaration.value());
                } catch (PatternSyntaxException | NullPointerException e) {
                    throw new MojoExecutionException("Invalid <benchmarkThresholds> entry: <benchmark> must be a regex "
                            + "and <value> a number (got " + declaration.benchmark() + ", " + declaration.value() + ").");
                }
            }
        }
        Map<String, Double> byMetric = new LinkedHashMap<>();
        if (metricThresholds != null) {
            for (Map.Entry<String, String> entry : metricThresholds.entrySet()) {
                try {
                    byMetric.put(entry.getKey(), Double.parseDouble(entry.getValue().trim()));
                } catch (NumberFormatException | NullPointerException e) {
                    throw new MojoExecutionException("Invalid <metricThresholds> entry " + entry.getKey() + ": '"
                            + entry.getValue() + "' is not a number (write 0.05 for 5 %).");
                }
            }
        }
        return new GateSettings(alpha, threshold, byBenchmark, byMetric, GateSettings.DEFAULT_BAND_FACTOR, 0.95,
                compareAcrossMachines, exponentTolerance);
    }
}
